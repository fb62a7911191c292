package org.canon.graph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Canon IRI patterns (documented in the README, section "IRIs"):
 * ontology terms under {@value #NS}, data resources under {@value #ID}{@code {kind}/{code}},
 * named graphs under {@value #GRAPH}.
 */
public final class Canon {
    private Canon() {}

    /** Ontology terms: classes, properties and vocabulary individuals. */
    public static final String NS = "https://w3id.org/canon/ontology#";
    /** Data resources, e.g. {@code https://w3id.org/canon/id/profile/HEALTH.HEALTHIN8668.M3}. */
    public static final String ID = "https://w3id.org/canon/id/";
    /** Named graphs, one per source. */
    public static final String GRAPH = "https://w3id.org/canon/graph/";

    public static final String GRAPH_ONTOLOGY = GRAPH + "ontology";
    public static final String GRAPH_SHAPES = GRAPH + "shapes";
    public static final String GRAPH_TAXONOMY = GRAPH + "taxonomy";
    public static final String GRAPH_INFERRED = GRAPH + "inferred";
    /** Prefix of mapping-set graphs: {@code .../graph/mappings/{set name}}. */
    public static final String GRAPH_MAPPINGS = GRAPH + "mappings/";
    /** Prefix of the graphs of the published crosswalks between external taxonomies: {@code .../graph/crosswalks/{name}}. */
    public static final String GRAPH_CROSSWALKS = GRAPH + "crosswalks/";
    /** Prefix of external-taxonomy graphs: {@code .../graph/external/{taxonomy}}. */
    public static final String GRAPH_EXTERNAL = GRAPH + "external/";

    public static String profile(String code) { return ID + "profile/" + code; }

    public static final Resource Profile = ResourceFactory.createResource(NS + "Profile");
    public static final Property function = ResourceFactory.createProperty(NS + "function");
    public static final Property focus = ResourceFactory.createProperty(NS + "focus");
    public static final Property level = ResourceFactory.createProperty(NS + "level");

    /** O*NET ratings and related occupations, as imported from O*NET (see the ontology's last section). */
    public static final Resource OccupationRating = ResourceFactory.createResource(NS + "OccupationRating");
    public static final Resource RelatedOccupation = ResourceFactory.createResource(NS + "RelatedOccupation");
    public static final Property occupation = ResourceFactory.createProperty(NS + "occupation");
    public static final Property element = ResourceFactory.createProperty(NS + "element");
    public static final Property importance = ResourceFactory.createProperty(NS + "importance");
    public static final Property levelScore = ResourceFactory.createProperty(NS + "levelScore");
    public static final Property ratingDomain = ResourceFactory.createProperty(NS + "ratingDomain");
    public static final Property relatedOccupation = ResourceFactory.createProperty(NS + "relatedOccupation");
    public static final Property relatednessTier = ResourceFactory.createProperty(NS + "relatednessTier");
    public static final Property relatedIndex = ResourceFactory.createProperty(NS + "relatedIndex");
    public static final Property jobZone = ResourceFactory.createProperty(NS + "jobZone");

    /** Similarities derived at import and load, each kind in its own graph (see the ontology's similarity section). */
    public static final String GRAPH_SIMILAR_OCCUPATIONS = GRAPH + "similarity/occupations";
    public static final String GRAPH_SIMILAR_PROFILES = GRAPH + "similarity/profiles";
    public static final Resource OccupationSimilarity = ResourceFactory.createResource(NS + "OccupationSimilarity");
    public static final Property subjectOccupation = ResourceFactory.createProperty(NS + "subjectOccupation");
    public static final Property similarOccupation = ResourceFactory.createProperty(NS + "similarOccupation");
    public static final Property similarityRank = ResourceFactory.createProperty(NS + "similarityRank");
    public static final Property similarityScore = ResourceFactory.createProperty(NS + "similarityScore");
    public static final Property jobZoneDifference = ResourceFactory.createProperty(NS + "jobZoneDifference");
    public static final Property evidence = ResourceFactory.createProperty(NS + "evidence");
    public static final Property sharedElement = ResourceFactory.createProperty(NS + "sharedElement");
    public static final Property contribution = ResourceFactory.createProperty(NS + "contribution");
    public static final Resource ProfileSimilarity = ResourceFactory.createResource(NS + "ProfileSimilarity");
    public static final Property similarProfile = ResourceFactory.createProperty(NS + "similarProfile");

    /** {@code .../id/similar-occupation/{code}/{similar code}}: one entry of an occupation's similar occupations. */
    public static String similarOccupation(String code, String similarCode) {
        return ID + "similar-occupation/" + code + "/" + similarCode;
    }

    /** {@code .../id/profile-similarity/{code}/{code}}: the skill similarity of two profiles, codes in order. */
    public static String profileSimilarity(String code, String otherCode) {
        return ID + "profile-similarity/" + (code.compareTo(otherCode) < 0 ? code + "/" + otherCode : otherCode + "/" + code);
    }

    /** Standard namespaces the model reuses. */
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SSSOM = "https://w3id.org/sssom/";
    public static final String SEMAPV = "https://w3id.org/semapv/vocab/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DQV = "http://www.w3.org/ns/dqv#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
}
