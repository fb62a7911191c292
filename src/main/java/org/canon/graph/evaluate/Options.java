package org.canon.graph.evaluate;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The options an evaluation accepts, checked: valued options ({@code --name value}) and flags ({@code --name}). Names
 * with a dot ({@code --canon.store.dir=...}) are Spring settings and are skipped.
 */
final class Options {
    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @param options the command's options by name, a flag's value {@code true}
     * @throws IllegalArgumentException for an option that is neither in {@code valued} nor in {@code flags}, or a flag
     *                                  given a value
     */
    static Options of(Map<String, String> options, Set<String> valued, Set<String> flags) {
        options.forEach((name, value) -> {
            if (name.contains(".") || valued.contains(name)) {
                return;
            }
            if (!flags.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; options are " + names(valued, flags));
            }
            if (!value.equals("true")) {
                throw new IllegalArgumentException("option --" + name + " takes no value (found '" + value + "')");
            }
        });
        return new Options(options);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String require(String name) {
        return get(name).orElseThrow(() -> new IllegalArgumentException("option --" + name + " is required"));
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    private static String names(Set<String> valued, Set<String> flags) {
        return String.join(", ", Stream.concat(valued.stream(), flags.stream()).sorted().map(n -> "--" + n).toList());
    }
}
