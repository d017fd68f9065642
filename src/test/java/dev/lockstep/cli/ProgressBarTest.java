package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final StringWriter err = new StringWriter();
    private final ProgressBar bar = new ProgressBar(new PrintWriter(err), now::get);

    private void after(long millis) {
        now.addAndGet(millis * 1_000_000L);
    }

    @Test
    void aShortRunShowsNothing() {
        after(300);
        bar.pairsChecked(4, 8);
        after(300);
        bar.pairsChecked(8, 8);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aLongRunDrawsOneLineAndErasesItAtTheEnd() {
        after(1_200);
        bar.pairsChecked(246, 984);
        after(50);
        bar.pairsChecked(300, 984); // too soon after the last redraw
        after(100);
        bar.pairsChecked(492, 984);
        after(900);
        bar.pairsChecked(984, 984);
        assertThat(err.toString()).isEqualTo(
                "\rlockstep: checking [#####···············] 246/984 pages\u001b[K"
                        + "\rlockstep: checking [##########··········] 492/984 pages\u001b[K"
                        + "\r\u001b[K");
    }

    @Test
    void theBarIsFullOnlyWhenEveryPageIsDone() {
        assertThat(ProgressBar.line(0, 3)).isEqualTo("lockstep: checking [····················] 0/3 pages");
        assertThat(ProgressBar.line(2, 3)).isEqualTo("lockstep: checking [#############·······] 2/3 pages");
        assertThat(ProgressBar.line(1, 1)).isEqualTo("lockstep: checking [####################] 1/1 page");
    }

    @Test
    void linkChecksCountLinks() {
        ProgressBar links = new ProgressBar(new PrintWriter(err), now::get, "checking links", "link");
        after(1_500);
        links.pairsChecked(10, 40);
        assertThat(err.toString()).isEqualTo("\rlockstep: checking links [#####···············] 10/40 links\u001b[K");
    }
}
