package org.canon.graph.release;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.canon.graph.vocab.Canon;

/**
 * What one release did to one concept: its IRI, the type of change, its code ({@code skos:notation}) and title
 * ({@code skos:prefLabel}) as they were (after the release, or before it for a removed concept), and for a changed or
 * retired concept the values it lost and gained.
 */
public record ConceptChange(String concept, Type type, String code, String label, List<Value> values) {

    /** Added, removed, retired (by the curators, keeping it in the taxonomy) or changed. */
    public enum Type {
        ADDED(Canon.ConceptAdded), REMOVED(Canon.ConceptRemoved), RETIRED(Canon.ConceptRetired),
        CHANGED(Canon.ConceptChanged);

        /** The individual of {@code canon:ChangeType} that names this type in the graph. */
        public final Resource term;

        Type(Resource term) {
            this.term = term;
        }
    }

    /**
     * One value of one property that changed: {@code via} is the concept's property leading to a resource it owns
     * (its pay, a responsibility) or the mapping relation of a mapping record, null for the concept's own
     * properties. A single value replaced by another has both sides; a value removed has only {@code oldValue},
     * a value added only {@code newValue}.
     */
    public record Value(String property, String via, Node oldValue, Node newValue) {}
}
