package org.canon.graph.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String[] lines() {
        return bytes.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void eachStepIsOneLineWithItsNumberCountRateAndTime() {
        Progress p = Progress.to(out).expect(2);
        Progress.Step parse = p.step("parsing health.ttl");
        parse.add(12_000);
        parse.add(345);
        parse.done("triples");
        p.step("writing").done();
        assertThat(lines()).hasSize(2);
        assertThat(lines()[0]).matches("\\[1/2\\] parsing health\\.ttl \\.\\.\\. 12,345 triples \\([0-9.]+[kM]?/s\\), [0-9.]+ s");
        assertThat(lines()[1]).matches("\\[2/2\\] writing \\.\\.\\. [0-9.]+ s");
    }

    @Test
    void stepsBeyondTheExpectedAreNumberedWithoutATotal() {
        Progress p = Progress.to(out).expect(1);
        p.step("one").done();
        p.step("two").done(3, "rows");
        assertThat(lines()[1]).startsWith("[2] two ... 3 rows (");
    }

    @Test
    void aStepDoneTwiceIsPrintedOnce() {
        Progress.Step s = Progress.to(out).step("once");
        s.done();
        s.done(5, "rows");
        assertThat(lines()).hasSize(1);
    }

    @Test
    void quietPrintsNothing() {
        Progress p = Progress.of(Progress.Mode.OFF, out).expect(1);
        p.step("parsing").done(10, "triples");
        p.note("summary");
        assertThat(bytes.size()).isZero();
        assertThat(p.isQuiet()).isTrue();
        assertThat(Progress.quiet().isQuiet()).isTrue();
    }

    @Test
    void onIsShownEvenWithoutATerminal() {
        Progress p = Progress.of(Progress.Mode.ON, out);
        p.step("parsing").done(10, "triples");
        assertThat(lines()[0]).startsWith("[1] parsing ... 10 triples");
    }

    @Test
    void autoIsShownOnlyOnATerminalOutsideCi() {
        assertThat(Progress.onTerminal(true, Map.of())).isTrue();
        assertThat(Progress.onTerminal(false, Map.of())).isFalse();
        assertThat(Progress.onTerminal(true, Map.of("CI", "true"))).isFalse();
        assertThat(Progress.onTerminal(true, Map.of("CI", "1"))).isFalse();
        assertThat(Progress.onTerminal(true, Map.of("CI", "false"))).isTrue();
        // the tests run without a console (output is redirected), so auto is quiet here
        assertThat(Progress.of(Progress.Mode.AUTO, out).isQuiet()).isEqualTo(!Progress.onTerminal());
    }

    @Test
    void ratesAreShort() {
        assertThat(Progress.rate(950, 1)).isEqualTo("950");
        assertThat(Progress.rate(4_500, 1)).isEqualTo("4.5k");
        assertThat(Progress.rate(45_000, 1)).isEqualTo("45k");
        assertThat(Progress.rate(1_234_567, 1)).isEqualTo("1.2M");
        assertThat(Progress.rate(45_000, 2)).isEqualTo("23k");
        assertThat(Progress.seconds(0.25)).isEqualTo("0.3 s");
        assertThat(Progress.seconds(42.4)).isEqualTo("42 s");
    }
}
