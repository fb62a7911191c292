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

    // --- releases and the change log (ontology section "Releases and the change log")
    /** The releases and their change logs, a graph of its own: derived data, added to at each load or import. */
    public static final String GRAPH_RELEASES = GRAPH + "releases";
    /** What is left of concepts that a release removed: deprecated concepts that keep their IRIs resolvable. */
    public static final String GRAPH_RETIRED = GRAPH + "retired";
    /** The series of releases: {@code https://w3id.org/canon/id/release}. */
    public static final String RELEASES = ID + "release";

    /** The IRI of release number {@code version}, e.g. {@code https://w3id.org/canon/id/release/3}. */
    public static String release(long version) { return RELEASES + "/" + version; }

    public static final Resource Function = ResourceFactory.createResource(NS + "Function");
    public static final Resource Focus = ResourceFactory.createResource(NS + "Focus");
    public static final Resource Track = ResourceFactory.createResource(NS + "Track");
    public static final Resource Level = ResourceFactory.createResource(NS + "Level");
    public static final Resource Skill = ResourceFactory.createResource(NS + "Skill");
    public static final Property recordStatus = ResourceFactory.createProperty(NS + "recordStatus");
    public static final Resource Retired = ResourceFactory.createResource(NS + "Retired");

    public static final Resource Change = ResourceFactory.createResource(NS + "Change");
    public static final Resource PropertyChange = ResourceFactory.createResource(NS + "PropertyChange");
    public static final Resource ChangeType = ResourceFactory.createResource(NS + "ChangeType");
    public static final Resource ReleaseKind = ResourceFactory.createResource(NS + "ReleaseKind");
    public static final Property inRelease = ResourceFactory.createProperty(NS + "inRelease");
    public static final Property changeType = ResourceFactory.createProperty(NS + "changeType");
    public static final Property changedConcept = ResourceFactory.createProperty(NS + "changedConcept");
    public static final Property propertyChange = ResourceFactory.createProperty(NS + "propertyChange");
    public static final Property changedProperty = ResourceFactory.createProperty(NS + "changedProperty");
    public static final Property via = ResourceFactory.createProperty(NS + "via");
    public static final Property oldValue = ResourceFactory.createProperty(NS + "oldValue");
    public static final Property newValue = ResourceFactory.createProperty(NS + "newValue");
    public static final Resource ConceptAdded = ResourceFactory.createResource(NS + "ConceptAdded");
    public static final Resource ConceptRemoved = ResourceFactory.createResource(NS + "ConceptRemoved");
    public static final Resource ConceptChanged = ResourceFactory.createResource(NS + "ConceptChanged");
    public static final Resource ConceptRetired = ResourceFactory.createResource(NS + "ConceptRetired");
    public static final Resource TaxonomyLoad = ResourceFactory.createResource(NS + "TaxonomyLoad");
    public static final Resource ExternalImport = ResourceFactory.createResource(NS + "ExternalImport");

    /** Standard namespaces the model reuses. */
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SSSOM = "https://w3id.org/sssom/";
    public static final String SEMAPV = "https://w3id.org/semapv/vocab/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DQV = "http://www.w3.org/ns/dqv#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
}
