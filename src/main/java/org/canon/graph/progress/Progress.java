package org.canon.graph.progress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * Counted steps of a long job, each printed as one line with its count, rate and time:
 * {@code [3/7] parsing data/taxonomy/health.ttl ... 12,345 triples (45k/s), 0.3 s}. On a terminal a step's line
 * is printed when it starts and completed when it is done, with a running count in between ({@link Step#add});
 * written to a file or a pipe, each step is one line printed when it is done. A quiet progress prints nothing.
 *
 * <pre>{@code
 * Progress progress = Progress.of(Progress.Mode.AUTO, System.err);   // quiet without a terminal or under CI
 * progress.expect(2);
 * Progress.Step s = progress.step("validating the taxonomy");
 * ...
 * s.done(698_246, "triples");
 * }</pre>
 *
 * <p>Safe to use from several threads; steps are numbered in the order they start.
 */
public final class Progress {
    /** When progress is shown. */
    public enum Mode {
        /** On a terminal, unless the {@code CI} environment variable is set. */
        AUTO,
        /** Always (e.g. into a log file). */
        ON,
        /** Never. */
        OFF
    }

    /** Least time between two redraws of a running count on a terminal. */
    private static final long REDRAW_NANOS = 250_000_000L;
    private static final Progress QUIET = new Progress(null, false);
    private final PrintStream out;
    private final boolean terminal;
    private int expected;
    private int started;
    private Step open;

    private Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Prints nothing. */
    public static Progress quiet() {
        return QUIET;
    }

    /**
     * Progress for a command: with {@link Mode#AUTO}, shown on a terminal ({@link #onTerminal()}), quiet otherwise;
     * {@link Mode#ON} always shown (one line per step), {@link Mode#OFF} quiet.
     */
    public static Progress of(Mode mode, PrintStream out) {
        boolean terminal = onTerminal();
        return switch (mode) {
            case OFF -> QUIET;
            case ON -> new Progress(out, terminal);
            case AUTO -> terminal ? new Progress(out, true) : QUIET;
        };
    }

    /** Whether the process runs on a terminal (a console, and no {@code CI} environment variable). */
    public static boolean onTerminal() {
        return onTerminal(System.console() != null, System.getenv());
    }

    static boolean onTerminal(boolean console, Map<String, String> environment) {
        String ci = environment.get("CI");
        return console && (ci == null || ci.isBlank() || ci.equalsIgnoreCase("false"));
    }

    /** Progress printed to {@code out}, one line per step (for tests and logs). */
    public static Progress to(PrintStream out) {
        return new Progress(out, false);
    }

    /** Whether this progress prints nothing. */
    public boolean isQuiet() {
        return out == null;
    }

    /** Adds {@code steps} to the number of steps expected (the {@code n} of {@code [i/n]}). */
    public synchronized Progress expect(int steps) {
        expected += steps;
        return this;
    }

    /** Starts the next step: {@code [i/n] what ...}. */
    public synchronized Step step(String what) {
        started++;
        String label = "[" + started + (expected >= started ? "/" + expected : "") + "] " + what;
        Step step = new Step(label);
        if (out != null && terminal) {
            finishOpenLine();
            out.print(label + " ...");
            out.flush();
            open = step;
        }
        return step;
    }

    /** Prints a line of its own (e.g. a summary), unless quiet. */
    public synchronized void note(String line) {
        if (out != null) {
            finishOpenLine();
            out.println(line);
            out.flush();
        }
    }

    private void finishOpenLine() {
        if (open != null) {
            out.println();
            open = null;
        }
    }

    private synchronized void redraw(Step step, long count) {
        if (out != null && terminal && open == step) {
            out.print("\r" + step.label + " ... " + number(count));
            out.flush();
        }
    }

    private synchronized void finish(Step step, String result) {
        if (out == null) {
            return;
        }
        if (terminal && open == step) {
            out.print("\r" + step.label + " ... " + result);
            out.println();
            open = null;
        } else {
            finishOpenLine();
            out.println(step.label + " ... " + result);
        }
        out.flush();
    }

    /** One step: count what it handles with {@link #add}, then {@link #done}. */
    public final class Step {
        private final String label;
        private final long start = System.nanoTime();
        private long count;
        private long drawn = start;
        private boolean finished;

        private Step(String label) {
            this.label = label;
        }

        /** Adds {@code n} to the step's count (shown as a running count on a terminal, at most four times a second). */
        public void add(long n) {
            long now;
            long c;
            synchronized (this) {
                count += n;
                c = count;
                now = System.nanoTime();
                if (now - drawn < REDRAW_NANOS) {
                    return;
                }
                drawn = now;
            }
            redraw(this, c);
        }

        /** Done, with the count from {@link #add}. */
        public void done(String unit) {
            done(count, unit);
        }

        /** Done: {@code ... 12,345 triples (45k/s), 0.3 s}. */
        public void done(long total, String unit) {
            if (mark()) {
                double seconds = (System.nanoTime() - start) / 1e9;
                finish(this, number(total) + " " + unit + " (" + rate(total, seconds) + "/s), " + seconds(seconds));
            }
        }

        /** Done, with its result in words: {@code ... 36.2 ms median, 3.6 s}. */
        public void doneWith(String result) {
            if (mark()) {
                finish(this, result + ", " + seconds((System.nanoTime() - start) / 1e9));
            }
        }

        /** Done, with no count: {@code ... 0.3 s}. */
        public void done() {
            if (mark()) {
                finish(this, seconds((System.nanoTime() - start) / 1e9));
            }
        }

        private synchronized boolean mark() {
            boolean first = !finished;
            finished = true;
            return first;
        }
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 950}, {@code 45k}, {@code 1.2M}: a rate per second, short. */
    static String rate(long count, double seconds) {
        double r = seconds <= 0 ? count : count / seconds;
        if (r >= 10_000_000) {
            return Math.round(r / 1_000_000) + "M";
        }
        if (r >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1fM", r / 1_000_000);
        }
        if (r >= 10_000) {
            return Math.round(r / 1_000) + "k";
        }
        if (r >= 1_000) {
            return String.format(Locale.ROOT, "%.1fk", r / 1_000);
        }
        return Long.toString(Math.round(r));
    }

    static String seconds(double s) {
        return s < 10 ? String.format(Locale.ROOT, "%.1f s", s) : Math.round(s) + " s";
    }
}
