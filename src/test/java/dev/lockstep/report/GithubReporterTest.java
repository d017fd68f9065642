package dev.lockstep.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Workflow commands escaped as GitHub reads them, and the job summary. */
class GithubReporterTest {

    @Test
    void messagesEscapePercentCarriageReturnAndNewline() {
        assertThat(GithubReporter.data("50%\r\nnext: a, b")).isEqualTo("50%25%0D%0Anext: a, b");
    }

    @Test
    void propertiesAlsoEscapeColonAndComma() {
        assertThat(GithubReporter.property("a:b,c%d\ne")).isEqualTo("a%3Ab%2Cc%25d%0Ae");
    }

    @Test
    void oneCommandPerFindingAtItsSeverity() {
        String[] lines = GithubReporter.render(Sample.result()).split("\n");
        assertThat(lines).containsExactly(
                "::warning file=i18n/ja/über.md,line=5,col=1,title=lockstep missing-block::the translation lacks the "
                        + "paragraph: \"50%25 <b>bold</b> & more\"",
                "::error file=i18n/ja/über.md,line=9,col=3,title=lockstep heading-level-mismatch::line one,%0D%0Aline "
                        + "two: done\u0001",
                "::notice file=i18n/de/über.md,line=1,col=1,title=lockstep missing-translation::no de translation of docs/über.md",
                "Checked 2 pairs (1 source page, 3 languages): 1 error, 1 warning, 1 info.");
    }

    @Test
    void summaryCountsByRuleAndLanguageAndListsTopFiles() {
        assertThat(GithubReporter.summary(Sample.result())).isEqualTo("""
                ## Lockstep

                Checked 2 pairs (1 source page, 3 languages): 1 error, 1 warning, 1 info.

                | Rule | de | ja | Total |
                |---|---:|---:|---:|
                | `heading-level-mismatch` | | 1 | 1 |
                | `missing-block` | | 1 | 1 |
                | `missing-translation` | 1 | | 1 |

                ### Top files

                | File | Findings |
                |---|---:|
                | i18n/ja/über.md | 2 |
                | i18n/de/über.md | 1 |
                """);
    }
}
