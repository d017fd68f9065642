package dev.lockstep.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleSpecTest {

    @Test
    void anIdIsLowerCaseWordsJoinedBySingleHyphens() {
        for (String id : new String[] {"a", "drifted-link", "leaked-placeholder-tag"}) {
            assertThat(RuleSpec.kebabCase(id)).as(id).isTrue();
            assertThat(id.matches("[a-z]+(-[a-z]+)*")).as(id).isTrue();
        }
        for (String id : new String[] {"", "-", "-a", "a-", "a--b", "Drifted-link", "drifted_link", "a1", "a b", "é"}) {
            assertThat(RuleSpec.kebabCase(id)).as(id).isFalse();
            assertThat(id.matches("[a-z]+(-[a-z]+)*")).as(id).isFalse();
        }
        assertThatThrownBy(() -> new RuleSpec("Drifted-link", Severity.WARNING, "s", "d"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kebab-case");
    }

    @Test
    void theDocumentationIsReadWithoutTheWhiteSpaceAroundIt() {
        RuleSpec spec = new RuleSpec("a-rule", Severity.INFO, "s", "\n  ## What it does\nThis.\n");
        assertThat(spec.documentation()).isEqualTo("## What it does\nThis.");
        assertThat(spec.asFixable().documentation()).isEqualTo("## What it does\nThis.");
    }

    @Test
    void aSpecRebuiltFromItsAccessorsEqualsTheOriginal() {
        RuleSpec spec = new RuleSpec("a-rule", Severity.INFO, "s", "\n  ## What it does\nThis.\n");
        assertThat(new RuleSpec(spec.id(), spec.defaultSeverity(), spec.summary(), spec.documentation(), spec.fixable()))
                .isEqualTo(spec);
    }
}
