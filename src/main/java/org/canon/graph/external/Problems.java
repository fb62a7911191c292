package org.canon.graph.external;

import java.util.ArrayList;
import java.util.List;
import org.canon.graph.source.SourceException;

/**
 * The problems an import found, each naming its file and line (for a workbook: its file, sheet and row, the file
 * given as {@code file, sheet 'name'}). Reading goes on after a problem so that one
 * run reports as many as it can; the first {@value #LIMIT} are kept, the rest only counted.
 */
final class Problems {
    static final int LIMIT = 100;
    private final List<String> problems = new ArrayList<>();
    private int more;

    void add(String problem) {
        if (problems.size() < LIMIT) {
            problems.add(problem);
        } else {
            more++;
        }
    }

    void at(String file, long line, String message) {
        add(file + (file.endsWith("'") && file.contains(", sheet '") ? ", row " : ", line ") + line + ": " + message);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws a {@link SourceException} listing the problems, if there are any. */
    void throwIfAny(String summary) {
        if (!problems.isEmpty()) {
            List<String> all = new ArrayList<>(problems);
            if (more > 0) {
                all.add("... and " + more + " more problem(s)");
            }
            throw new SourceException(summary, all);
        }
    }
}
