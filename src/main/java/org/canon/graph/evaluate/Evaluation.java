package org.canon.graph.evaluate;

import java.io.PrintStream;
import java.util.Map;

/**
 * One evaluation the {@code evaluate} command runs, chosen by the command's first word
 * ({@code evaluate crosswalk ...}).
 */
public interface Evaluation {

    /** The word that selects it, e.g. {@code crosswalk}. */
    String name();

    /** Its options, for the help text, e.g. {@code --reference FILE [--json OUT]}. */
    String usage();

    /**
     * Runs it with the command's options ({@code --name value} or {@code --name=value}, by name without the dashes),
     * printing a report.
     *
     * @return the exit code
     */
    int run(Map<String, String> options, PrintStream out);
}
