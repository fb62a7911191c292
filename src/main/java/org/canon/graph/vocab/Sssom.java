package org.canon.graph.vocab;

import java.util.Set;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.SKOS;

/**
 * SSSOM's RDF form (namespace {@value #NS}; a slot of the TSV format is the property of the same name) and the
 * mapping justifications of semapv ({@value #SEMAPV}).
 */
public final class Sssom {
    private Sssom() {}

    public static final String NS = "https://w3id.org/sssom/";
    /** The Semantic Mapping Vocabulary: mapping justifications. */
    public static final String SEMAPV = "https://w3id.org/semapv/vocab/";

    public static final Resource MappingSet = ResourceFactory.createResource(NS + "MappingSet");
    public static final Property mappings = slot("mappings");
    public static final Property mapping_set_title = slot("mapping_set_title");
    public static final Property mapping_justification = slot("mapping_justification");
    public static final Property confidence = slot("confidence");
    public static final Property mapping_tool = slot("mapping_tool");
    public static final Property mapping_date = slot("mapping_date");
    public static final Property author_id = slot("author_id");
    public static final Property object_label = slot("object_label");

    public static final Resource ManualMappingCuration = ResourceFactory.createResource(SEMAPV + "ManualMappingCuration");
    public static final Resource MappingChaining = ResourceFactory.createResource(SEMAPV + "MappingChaining");

    /** The mapping predicates Canon accepts in a mapping set: SKOS's five mapping relations. */
    public static final Set<String> SKOS_MAPPING_PREDICATES = Set.of(SKOS.exactMatch.getURI(),
            SKOS.closeMatch.getURI(), SKOS.broadMatch.getURI(), SKOS.narrowMatch.getURI(), SKOS.relatedMatch.getURI());

    /** The property of an SSSOM slot, by the slot's name in the TSV format (e.g. {@code mapping_set_version}). */
    public static Property slot(String name) {
        return ResourceFactory.createProperty(NS + name);
    }
}
