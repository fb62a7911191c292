package org.canon.graph.publish;

import java.util.List;

/**
 * A release recorded in the graph: its number and IRI, when it was recorded, what it brought in ({@code load} or
 * {@code import}) and from where, the release it revises (null for the first), the number of triples after it, how
 * many concepts it changed, its source files with their SHA-256 checksums and the triple count of each graph.
 */
public record Release(long version, String iri, String issued, String kind, String description, Long previous,
                      long triples, ChangeCounts changes, List<Source> sources, List<GraphSize> graphs) {

    /** How many concepts a release added, removed, retired and changed. */
    public record ChangeCounts(long added, long removed, long retired, long changed) {}

    /** A source file, as reported (e.g. {@code data/taxonomy/health.ttl}), and the SHA-256 of its bytes. */
    public record Source(String file, String sha256) {}

    /** A named graph and its number of triples after the release. */
    public record GraphSize(String graph, long triples) {}
}
