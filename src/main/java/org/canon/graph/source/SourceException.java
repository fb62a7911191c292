package org.canon.graph.source;

import java.util.List;

/**
 * A load or validation that failed; nothing was stored. {@link #problems()} lists every problem found,
 * each naming its file and line, or focus node, path and message.
 */
public class SourceException extends RuntimeException {
    private final List<String> problems;

    public SourceException(String summary, List<String> problems) {
        super(summary + (problems.isEmpty() ? "" : ":\n  " + String.join("\n  ", problems)));
        this.problems = List.copyOf(problems);
    }

    public SourceException(String problem) {
        this(problem, List.of());
    }

    public List<String> problems() {
        return problems.isEmpty() ? List.of(getMessage()) : problems;
    }
}
