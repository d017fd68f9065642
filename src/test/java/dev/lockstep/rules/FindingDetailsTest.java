package dev.lockstep.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A finding keeps its own copy of the details, in order and unchangeable, which its with… copies share. */
class FindingDetailsTest {

    private static Finding finding(Map<String, Object> details) {
        return new Finding("drifted-link", Severity.WARNING, "i18n/de/a.md", 3, 1, "de", "message", "docs/a.md", 3,
                details, "identity", null, null, List.of());
    }

    @Test
    void detailsAreACopyInOrderThatCannotChange() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("z", 1);
        given.put("a", 2);
        Finding f = finding(given);
        given.put("m", 3);
        assertThat(f.details()).containsExactly(Map.entry("z", 1), Map.entry("a", 2));
        assertThatThrownBy(() -> f.details().put("b", 4)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> f.details().entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void copiesShareTheDetailsAndStayEqual() {
        Finding f = finding(Map.of("k", "v"));
        Finding printed = f.withFingerprint("abc").withSeverity(Severity.ERROR).withFingerprint("abc");
        assertThat(printed.details()).isSameAs(f.details());
        assertThat(printed).isEqualTo(f.withSeverity(Severity.ERROR).withFingerprint("abc"));
        assertThat(f.details()).isEqualTo(Map.of("k", "v")).hasSameHashCodeAs(Map.of("k", "v"));
    }
}
