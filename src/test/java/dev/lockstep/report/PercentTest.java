package dev.lockstep.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.check.Coverage;
import org.junit.jupiter.api.Test;

class PercentTest {
    @Test
    void oneDecimalHalfUpNeverCompleteBeforeItIsNorZeroAfterAStart() {
        assertThat(Percent.format(new Coverage(66, 50))).isEqualTo("24.2");   // 16/66 = 24.24
        assertThat(Percent.format(new Coverage(14, 9))).isEqualTo("35.7");    // 5/14 = 35.71
        assertThat(Percent.format(new Coverage(3, 2))).isEqualTo("33.3");
        assertThat(Percent.format(new Coverage(8, 1))).isEqualTo("87.5");
        assertThat(Percent.format(new Coverage(40, 30))).isEqualTo("25.0");
        assertThat(Percent.format(new Coverage(20000, 1))).isEqualTo("99.9"); // 99.995 would round to 100.0
        assertThat(Percent.format(new Coverage(20000, 19999))).isEqualTo("0.1");
        assertThat(Percent.format(new Coverage(20, 0))).isEqualTo("100.0");
        assertThat(Percent.format(new Coverage(0, 0))).isEqualTo("100.0");
        assertThat(Percent.tenths(new Coverage(20, 20))).isZero();
    }
}
