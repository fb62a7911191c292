/**
 * Progress of the long commands ({@code load}, {@code import}, {@code evaluate}, the benchmark): counted steps with
 * their rates on a terminal, nothing under CI or without a terminal. Lower packages take a {@link
 * org.canon.graph.progress.Progress} as a value (quiet by default) and depend on nothing else here; the command
 * line makes it from the {@code canon.progress} setting.
 *
 * <p>A long job announces its steps, then reports each one, in one line per step:
 *
 * <pre>{@code
 * progress.expect(files.size());                            // [i/n]: n grows by this many steps
 * for (Path file : files) {
 *     Progress.Step step = progress.step("parsing " + file); // [3/7] parsing data/taxonomy/health.ttl ...
 *     long triples = parse(file, step::add);                 //   step.add(n) as it goes: a running count on a terminal
 *     step.done(triples, "triples");                         // ... 12,345 triples (45k/s), 0.3 s
 * }
 * }</pre>
 *
 * <p>An importer or the evaluation takes it the same way, e.g. {@code new ExternalImporter(progress)}, and calls
 * {@code progress.step("reading " + file)} then {@code step.done(rows, "rows")} for each file it reads and each graph
 * it writes; {@link org.canon.graph.progress.Progress#quiet()} is the default where none is given.
 */
package org.canon.graph.progress;
