package org.canon.graph.release;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.canon.graph.vocab.Canon;

/**
 * A release as it was recorded: its number and IRI, what it brought in, when, the release it revises (null for the
 * first), its source files with their checksums, the triple count of every named graph after it, its change log, and
 * how long the recording took.
 */
public record RecordedRelease(long version, String iri, Kind kind, Instant issued, Long previous,
                              List<SourceChecksum> sources, Map<String, Long> graphs, List<ConceptChange> changes,
                              Timings timings) {

    /** What a release brings in. */
    public enum Kind {
        /** The Canon sources: ontology, shapes, taxonomy and mapping sets. */
        LOAD(Canon.TaxonomyLoad),
        /** External taxonomies and crosswalks from their publishers' files. */
        IMPORT(Canon.ExternalImport);

        /** The individual of {@code canon:ReleaseKind} that names this kind in the graph. */
        public final Resource term;

        Kind(Resource term) {
            this.term = term;
        }
    }

    /**
     * Milliseconds spent reading the graphs' current state from the store, comparing it with the new state (the
     * triples to write and the change log), and writing (the one transaction).
     */
    public record Timings(long readMillis, long compareMillis, long writeMillis) {}

    /** The number of concepts changed by type. */
    public long count(ConceptChange.Type type) {
        return changes.stream().filter(c -> c.type() == type).count();
    }
}
