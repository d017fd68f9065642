package dev.lockstep.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The discovery walk's shortcuts: its test of name endings decides as the glob matcher does, for the globs
 * it takes on, and a path it takes as plain is one that resolving and normalizing leaves as it is.
 */
class PageGlobTest {
    private static final List<String> FILES = List.of("a.md", "a.mdx", "a.MD", "dir/a.md", "dir/sub/a.mdx", "a.md.txt",
            ".md", "dir/.md", "amd", "dir.md/a.txt", "a.markdown", "a.md~", "dir/a.rst", "a.m-d", "a.m_d");

    @ParameterizedTest
    @ValueSource(strings = {"**/*.md", "**/*.{md,mdx}", "**/*.{mdx}", "**/*.rst", "**/*.m-d", "**/*.m_d"})
    void nameEndingsDecideAsTheGlobDoes(String glob) {
        List<String> suffixes = Discovery.nameSuffixes(glob);
        assertThat(suffixes).isNotNull();
        PathMatcher deep = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        PathMatcher flat = FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3));
        for (String file : FILES) {
            boolean byGlob = deep.matches(Path.of(file)) || flat.matches(Path.of(file));
            boolean bySuffix = suffixes.stream().anyMatch(file::endsWith);
            assertThat(bySuffix).as("%s against %s", file, glob).isEqualTo(byGlob);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"**/*", "**/*.*", "*.md", "docs/**/*.md", "**/*.md,mdx", "**/*.{md,}", "**/*.[mM]d",
            "**/*.m?", "**/*.{md,mdx}/x", "**/a*.md", "**/*.{md,{mdx}}"})
    void otherGlobsAreLeftToTheMatcher(String glob) {
        assertThat(Discovery.nameSuffixes(glob)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.md", "docs/a.md", "i18n/pt-BR/docs/a b.md", "docs/.hidden/a.md", "docs/..a/b.md",
            "docs/a../b.md", "docs/.../b.md", "ü/日本.md", "a", ".a", "..a"})
    void plainPathsResolveToThemselves(String relative) {
        assertThat(Discovery.plain(relative)).isTrue();
        Path root = Path.of("/site/root");
        assertThat(Discovery.slashes(root.relativize(root.resolve(relative).normalize()))).isEqualTo(relative);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "/a.md", "a.md/", "a//b.md", "./a.md", "a/./b.md", "a/../b.md", "../a.md",
            "a/..", "a/.", "a\u0000b"})
    void otherPathsGoThroughNormalizing(String relative) {
        assertThat(Discovery.plain(relative)).isFalse();
    }

    @Test
    void theDefaultPageGlobIsReadByItsEndings() {
        assertThat(Discovery.nameSuffixes(dev.lockstep.config.Layout.PAGES)).containsExactly(".md", ".mdx");
    }
}
