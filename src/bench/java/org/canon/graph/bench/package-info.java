/**
 * Synthetic taxonomies and the benchmark; not part of the service (its sources are under {@code src/bench/}, built
 * with the tests, never packed into the service's jar).
 *
 * <p>{@link org.canon.graph.bench.TaxonomyGenerator} writes a synthetic Canon taxonomy of any number of profiles in
 * the layout of a checkout ({@code ontology/}, {@code data/taxonomy/}, {@code mappings/}, {@code sparql/}), seeded so
 * that the same size and seed give the same files. {@link org.canon.graph.bench.Benchmark} generates taxonomies of
 * several sizes and measures the project's load against Jena's bulk loader, the named queries through Java and
 * HTTP, the REST API's throughput against the raw SPARQL endpoint, and the service's start-up time and memory;
 * {@link org.canon.graph.bench.ResultsWriter} writes the figures as JSON and Markdown under {@code docs/benchmarks/}.
 * Both run from a checkout through {@link org.canon.graph.bench.BenchMain}, commands {@code generate} and
 * {@code bench}: {@code ./mvnw -q -Pbench package -Dbench.args="bench --sizes=1000,10000,100000"}.
 */
package org.canon.graph.bench;
