package org.canon.graph.evaluate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of an evaluation: {@code --name value}, {@code --name=value} or, for a flag, {@code --name}. Words
 * with a dot in their name ({@code --canon.store.dir=...}) are Spring settings and are skipped.
 */
final class Options {
    private final Map<String, String> values = new LinkedHashMap<>();

    private Options() {}

    /**
     * @throws IllegalArgumentException for an option that is neither in {@code valued} nor in {@code flags}, a
     *                                  valued option without its value, or a stray word
     */
    static Options parse(List<String> args, Set<String> valued, Set<String> flags) {
        Options o = new Options();
        for (int i = 0; i < args.size(); i++) {
            String word = args.get(i);
            if (!word.startsWith("--")) {
                throw new IllegalArgumentException("unexpected '" + word + "': options are " + names(valued, flags));
            }
            String name = word.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (name.contains(".")) {
                continue;
            }
            if (flags.contains(name) && value == null) {
                o.values.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new IllegalArgumentException("option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                o.values.put(name, value);
            } else {
                throw new IllegalArgumentException("unknown option --" + name + "; options are " + names(valued, flags));
            }
        }
        return o;
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
        return String.join(", ", java.util.stream.Stream.concat(valued.stream(), flags.stream()).sorted()
                .map(n -> "--" + n).toList());
    }
}
