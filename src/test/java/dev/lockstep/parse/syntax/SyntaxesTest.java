package dev.lockstep.parse.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.parse.Renderer;
import org.junit.jupiter.api.Test;

class SyntaxesTest {
    @Test
    void saysWhetherEveryStarterIsAscii() {
        // The parser's text scan asks about no character above ASCII when this says so: it must be the starters'.
        for (Renderer renderer : Renderer.values()) {
            for (boolean mdx : new boolean[] {false, true}) {
                Syntaxes syntaxes = Syntaxes.of(new Flavor(renderer, mdx));
                boolean wide = false;
                for (int c = 128; c <= Character.MAX_VALUE; c++) wide |= syntaxes.mayStart((char) c);
                assertThat(syntaxes.startsOnlyAscii()).as("%s mdx=%s", renderer, mdx).isEqualTo(!wide);
                assertThat(syntaxes.mayStart('{')).isTrue();
            }
        }
    }
}
