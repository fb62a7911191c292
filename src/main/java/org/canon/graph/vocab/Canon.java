package org.canon.graph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Canon vocabulary and IRI patterns (documented in the README, section "IRIs"): every term of
 * {@code ontology/canon.ttl} under {@value #NS}, data resources under {@value #ID}{@code {kind}/{code}},
 * mapping sets under {@value #MAPPINGS}, named graphs under {@value #GRAPH}.
 *
 * <p>The terms are in the order of the ontology file: classes, object properties, datatype properties,
 * annotation properties, vocabulary individuals, the terms for imported and derived data. {@code VocabularyTest}
 * checks that every constant names a term declared in the ontology and that every term declared there has a
 * constant here. Other vocabularies come from Jena's classes ({@code SKOS}, {@code OWL2}, {@code RDFS},
 * {@code DCTerms}, {@code SchemaDO}) or from this package ({@link Prov}, {@link Dqv}, {@link Sssom},
 * {@link External}).
 */
public final class Canon {
    private Canon() {}

    /** Ontology terms: classes, properties and vocabulary individuals. */
    public static final String NS = "https://w3id.org/canon/ontology#";
    /** The ontology itself (its {@code owl:Ontology} header). */
    public static final String ONTOLOGY = "https://w3id.org/canon/ontology";
    /** Data resources, e.g. {@code https://w3id.org/canon/id/profile/HEALTH.HEALTHIN8668.M3}. */
    public static final String ID = "https://w3id.org/canon/id/";
    /** Mapping sets: {@code https://w3id.org/canon/mappings/{name}}. */
    public static final String MAPPINGS = "https://w3id.org/canon/mappings/";
    /** Named graphs, one per source. */
    public static final String GRAPH = "https://w3id.org/canon/graph/";

    public static final String GRAPH_ONTOLOGY = GRAPH + "ontology";
    public static final String GRAPH_SHAPES = GRAPH + "shapes";
    public static final String GRAPH_TAXONOMY = GRAPH + "taxonomy";
    public static final String GRAPH_INFERRED = GRAPH + "inferred";
    /** What the load derives from the taxonomy (the results of {@code sparql/derived/*.rq}), e.g. canon:peerCount. */
    public static final String GRAPH_DERIVED = GRAPH + "derived";
    /** Prefix of mapping-set graphs: {@code .../graph/mappings/{set name}}. */
    public static final String GRAPH_MAPPINGS = GRAPH + "mappings/";
    /** Prefix of the graphs of the published crosswalks between external taxonomies: {@code .../graph/crosswalks/{name}}. */
    public static final String GRAPH_CROSSWALKS = GRAPH + "crosswalks/";
    /** Prefix of external-taxonomy graphs: {@code .../graph/external/{taxonomy}}. */
    public static final String GRAPH_EXTERNAL = GRAPH + "external/";
    /** Similarities derived at import and load, each kind in its own graph (see the ontology's similarity section). */
    public static final String GRAPH_SIMILAR_OCCUPATIONS = GRAPH + "similarity/occupations";
    public static final String GRAPH_SIMILAR_PROFILES = GRAPH + "similarity/profiles";

    /** The IRI of a data resource of a kind ({@code profile}, {@code focus}, {@code level}, ...) by its code. */
    public static String id(String kind, String code) { return ID + kind + "/" + code; }

    public static String profile(String code) { return id("profile", code); }

    /** {@code .../id/similar-occupation/{code}/{similar code}}: one entry of an occupation's similar occupations. */
    public static String similarOccupation(String code, String similarCode) {
        return ID + "similar-occupation/" + code + "/" + similarCode;
    }

    /** {@code .../id/profile-similarity/{code}/{code}}: the skill similarity of two profiles, codes in order. */
    public static String profileSimilarity(String code, String otherCode) {
        return ID + "profile-similarity/" + (code.compareTo(otherCode) < 0 ? code + "/" + otherCode : otherCode + "/" + code);
    }

    // --- classes
    public static final Resource Function = term("Function");
    public static final Resource Focus = term("Focus");
    public static final Resource Track = term("Track");
    public static final Resource Level = term("Level");
    public static final Resource Profile = term("Profile");
    public static final Resource Responsibility = term("Responsibility");
    public static final Resource LevelGuideline = term("LevelGuideline");
    public static final Resource RubricDimension = term("RubricDimension");
    public static final Resource Skill = term("Skill");
    public static final Resource QualityAssessment = term("QualityAssessment");
    public static final Resource QualityMetric = term("QualityMetric");
    public static final Resource Differential = term("Differential");
    public static final Resource RecordStatus = term("RecordStatus");
    public static final Resource ConfidenceBand = term("ConfidenceBand");
    public static final Resource MatchBand = term("MatchBand");
    public static final Resource SkillSource = term("SkillSource");

    // --- object properties
    public static final Property function = property("function");
    public static final Property focus = property("focus");
    public static final Property level = property("level");
    public static final Property track = property("track");
    public static final Property equivalentLevel = property("equivalentLevel");
    public static final Property levelSkill = property("levelSkill");
    public static final Property trackSkill = property("trackSkill");
    public static final Property baselineSkill = property("baselineSkill");
    public static final Property focusSkill = property("focusSkill");
    public static final Property recordStatus = property("recordStatus");
    public static final Property confidenceBand = property("confidenceBand");
    public static final Property responsibility = property("responsibility");
    public static final Property qualityAssessment = property("qualityAssessment");
    public static final Property appliesTo = property("appliesTo");
    public static final Property rubricDimension = property("rubricDimension");
    public static final Property skillDifferential = property("skillDifferential");
    public static final Property payDifferential = property("payDifferential");
    public static final Property matchBand = property("matchBand");
    public static final Property skillSource = property("skillSource");
    /** Derived at load: how many profiles that are not retired share a profile's function and level in other focuses. */
    public static final Property peerCount = property("peerCount");
    /** Derived at load: the structural distance for a pair of levels and a taxonomy distance ({@code sparql/derived/structural-distances.rq}). */
    public static final Resource StructuralDistance = term("StructuralDistance");
    public static final Property fromLevel = property("fromLevel");
    public static final Property toLevel = property("toLevel");

    // --- datatype properties
    public static final Property rank = property("rank");
    public static final Property grade = property("grade");
    public static final Property scope = property("scope");
    public static final Property autonomy = property("autonomy");
    public static final Property complexity = property("complexity");
    public static final Property impact = property("impact");
    public static final Property decisionRights = property("decisionRights");
    public static final Property leadership = property("leadership");
    public static final Property typicalExperience = property("typicalExperience");
    public static final Property minYearsExperience = property("minYearsExperience");
    public static final Property maxYearsExperience = property("maxYearsExperience");
    public static final Property confidenceScore = property("confidenceScore");
    public static final Property region = property("region");
    public static final Property order = property("order");
    public static final Property passThreshold = property("passThreshold");
    public static final Property sourceCount = property("sourceCount");
    public static final Property distance = property("distance");
    public static final Property taxonomyDistance = property("taxonomyDistance");
    public static final Property levelDistance = property("levelDistance");
    public static final Property trackChange = property("trackChange");

    // --- annotation properties
    public static final Property displayLabel = property("displayLabel");

    // --- vocabulary individuals: rubric dimensions
    public static final Resource KnowledgeAndApplication = term("KnowledgeAndApplication");
    public static final Resource ComplexityAndProblemSolving = term("ComplexityAndProblemSolving");
    public static final Resource CollaborationAndInteraction = term("CollaborationAndInteraction");
    public static final Resource TypicalDegreeAndYears = term("TypicalDegreeAndYears");
    // quality metrics
    public static final Resource LevelDifferentiation = term("LevelDifferentiation");
    public static final Resource FocusSpecificity = term("FocusSpecificity");
    public static final Resource Concreteness = term("Concreteness");
    public static final Resource FactualAccuracy = term("FactualAccuracy");
    public static final Resource RealWorldCoverage = term("RealWorldCoverage");
    // differentials
    public static final Resource MaterialDifferential = term("MaterialDifferential");
    public static final Resource MinorDifferential = term("MinorDifferential");
    public static final Resource NoDifferential = term("NoDifferential");
    // record statuses
    public static final Resource Draft = term("Draft");
    public static final Resource Approved = term("Approved");
    public static final Resource Retired = term("Retired");
    // confidence bands
    public static final Resource HighConfidence = term("HighConfidence");
    public static final Resource MediumConfidence = term("MediumConfidence");
    public static final Resource LowConfidence = term("LowConfidence");
    // match bands
    public static final Resource CloseMatchBand = term("CloseMatchBand");
    public static final Resource RelatedMatchBand = term("RelatedMatchBand");
    public static final Resource DistantMatchBand = term("DistantMatchBand");
    // skill sources
    public static final Resource FocusSkillSource = term("FocusSkillSource");
    public static final Resource FunctionBaselineSource = term("FunctionBaselineSource");
    public static final Resource TrackSource = term("TrackSource");
    public static final Resource LevelSource = term("LevelSource");
    public static final Resource BroaderSkillSource = term("BroaderSkillSource");
    public static final Resource OccupationalBaseSource = term("OccupationalBaseSource");

    // --- imported external data: O*NET occupation ratings and related occupations
    public static final Resource OccupationRating = term("OccupationRating");
    public static final Resource RelatedOccupation = term("RelatedOccupation");
    public static final Property occupation = property("occupation");
    public static final Property element = property("element");
    public static final Property relatedOccupation = property("relatedOccupation");
    public static final Property importance = property("importance");
    public static final Property levelScore = property("levelScore");
    public static final Property ratingDomain = property("ratingDomain");
    public static final Property relatednessTier = property("relatednessTier");
    public static final Property relatedIndex = property("relatedIndex");
    public static final Property jobZone = property("jobZone");

    // --- derived data: similar occupations and the skill similarity of profiles
    public static final Resource OccupationSimilarity = term("OccupationSimilarity");
    public static final Property subjectOccupation = property("subjectOccupation");
    public static final Property similarOccupation = property("similarOccupation");
    public static final Property similarityRank = property("similarityRank");
    public static final Property similarityScore = property("similarityScore");
    public static final Property jobZoneDifference = property("jobZoneDifference");
    public static final Property evidence = property("evidence");
    public static final Property sharedElement = property("sharedElement");
    public static final Property contribution = property("contribution");
    public static final Resource ProfileSimilarity = term("ProfileSimilarity");
    public static final Property similarProfile = property("similarProfile");
    public static final Property blendScore = property("blendScore");
    public static final Property otherFunctionMoveOf = property("otherFunctionMoveOf");

    // --- derived data: chained crosswalks
    public static final Property chainPath = property("chainPath");
    public static final Property chainLength = property("chainLength");
    public static final Property chainPredicates = property("chainPredicates");
    public static final Property definitionSimilarity = property("definitionSimilarity");
    public static final Property skillOverlap = property("skillOverlap");
    public static final Property sharedSkill = property("sharedSkill");

    // --- releases and the change log (ontology section "Releases and the change log")
    /** The releases and their change logs, a graph of its own: derived data, added to at each load or import. */
    public static final String GRAPH_RELEASES = GRAPH + "releases";
    /** What is left of concepts that a release removed: deprecated concepts that keep their IRIs resolvable. */
    public static final String GRAPH_RETIRED = GRAPH + "retired";
    /** The series of releases: {@code https://w3id.org/canon/id/release}. */
    public static final String RELEASES = ID + "release";

    /** The IRI of release number {@code version}, e.g. {@code https://w3id.org/canon/id/release/3}. */
    public static String release(long version) { return RELEASES + "/" + version; }

    public static final Resource Change = term("Change");
    public static final Resource PropertyChange = term("PropertyChange");
    public static final Resource ChangeType = term("ChangeType");
    public static final Resource ReleaseKind = term("ReleaseKind");
    public static final Property inRelease = property("inRelease");
    public static final Property changeType = property("changeType");
    public static final Property changedConcept = property("changedConcept");
    public static final Property propertyChange = property("propertyChange");
    public static final Property changedProperty = property("changedProperty");
    public static final Property via = property("via");
    public static final Property oldValue = property("oldValue");
    public static final Property newValue = property("newValue");
    public static final Resource ConceptAdded = term("ConceptAdded");
    public static final Resource ConceptRemoved = term("ConceptRemoved");
    public static final Resource ConceptChanged = term("ConceptChanged");
    public static final Resource ConceptRetired = term("ConceptRetired");
    public static final Resource TaxonomyLoad = term("TaxonomyLoad");
    public static final Resource ExternalImport = term("ExternalImport");

    /**
     * Standard namespaces, kept for prefix tables only.
     *
     * @deprecated use Jena's {@code SKOS.uri}, {@code SchemaDO.NS}, {@code DCTerms.NS} and this package's
     *     {@link Prov#NS}, {@link Dqv#NS}, {@link Sssom#NS}, {@link Sssom#SEMAPV}
     */
    @Deprecated(forRemoval = true)
    public static final String SKOS = org.apache.jena.vocabulary.SKOS.uri, SSSOM = Sssom.NS, SEMAPV = Sssom.SEMAPV,
            SCHEMA = org.apache.jena.vocabulary.SchemaDO.NS, PROV = Prov.NS, DQV = Dqv.NS,
            DCTERMS = org.apache.jena.vocabulary.DCTerms.NS;

    private static Resource term(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
