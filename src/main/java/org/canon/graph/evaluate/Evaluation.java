package org.canon.graph.evaluate;

import java.io.PrintStream;
import java.util.List;
import org.canon.graph.store.CanonStore;

/**
 * One evaluation of the {@code evaluate} command, chosen by the word after it: {@code evaluate NAME OPTIONS...}.
 * Implementations are Spring components; the command finds them by {@link #name()}.
 */
public interface Evaluation {

    /** The word that picks this evaluation, e.g. {@code related}. */
    String name();

    /** Its options, for the help text, e.g. {@code --reference FILE [--json OUT]}. */
    String usage();

    /**
     * Runs it over the store.
     *
     * @param args the words after the evaluation's name (options as {@code --name value} or {@code --name=value};
     *             Spring settings such as {@code --canon.store.dir=...} are left to Spring)
     * @return the exit code
     * @throws IllegalArgumentException naming the option, for a missing or unknown option
     */
    int run(List<String> args, CanonStore store, PrintStream out);
}
