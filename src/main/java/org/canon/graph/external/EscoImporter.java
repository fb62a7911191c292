package org.canon.graph.external;

import static org.canon.graph.external.ExternalIris.ESCO_OCCUPATIONS_SCHEME;
import static org.canon.graph.external.ExternalIris.ISCO_SCHEME;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.vocabulary.SKOS;
import org.canon.graph.source.SourceFile;
import org.canon.graph.vocab.External;

/**
 * ESCO's classification files (English CSV export) into the graph {@link ExternalIris#GRAPH_ESCO}, with ESCO's
 * own IRIs and schemes:
 * <ul>
 *   <li>{@code occupations_en.csv} (required): the occupations (esco:Occupation), with code, preferred, alternative
 *       and hidden labels, description as {@code skos:definition}, scope note (and ESCO's rarely used
 *       definition field) as {@code skos:scopeNote}, and the schemes the file lists. Each occupation's ISCO-08 unit
 *       group (column iscoGroup) becomes the mapping set {@value ExternalIris#SET_ESCO_ISCO}
 *       ({@code skos:broadMatch}, ESCO's esco:memberOfISCOGroup), not a {@code skos:broader}: ISCO-08 is a
 *       scheme of its own ({@link IscoImporter});</li>
 *   <li>{@code broaderRelationsOccPillar_en.csv}: the hierarchy between occupations; an occupation whose broader
 *       concept is an ISCO group is a top concept of the occupations scheme;</li>
 *   <li>the skill groups and the skills' place in them ({@link EscoSkills}).</li>
 * </ul>
 */
final class EscoImporter {
    static final String OCCUPATIONS = "occupations_en.csv";
    static final String ISCO_GROUPS = "ISCOGroups_en.csv";
    private final PublisherFolder folder;
    private final Problems problems;
    private final SkosGraph g = new SkosGraph();
    private final Set<String> occupations = new HashSet<>();
    private Crosswalk crosswalk;

    EscoImporter(PublisherFolder folder, Problems problems) {
        this.folder = folder;
        this.problems = problems;
    }

    Graph read() {
        g.scheme(ESCO_OCCUPATIONS_SCHEME, "ESCO occupations", Publisher.ESCO, Publisher.ESCO_RELEASE);
        occupations(folder.require(OCCUPATIONS));
        folder.find("broaderRelationsOccPillar_en.csv").ifPresent(this::hierarchy);
        new EscoSkills(folder, g, problems).read();
        return g.graph();
    }

    /** ESCO occupation to ISCO-08 unit group, from the iscoGroup column; available after {@link #read}. */
    Crosswalk crosswalk() {
        return crosswalk;
    }

    /** ESCO's copy of the ISCO-08 groups, used when ISCO-08 itself is not imported. */
    Optional<SourceFile> iscoGroups() {
        return folder.find(ISCO_GROUPS);
    }

    private void occupations(SourceFile file) {
        crosswalk = new Crosswalk(ExternalIris.SET_ESCO_ISCO,
                new Crosswalk.Side(ESCO_OCCUPATIONS_SCHEME, "conceptUri", "an occupation"),
                new Crosswalk.Side(ISCO_SCHEME, "iscoGroup", "an ISCO-08 group"), Publisher.ESCO,
                Publisher.ESCO_RELEASE, "ESCO occupations to ISCO-08 unit groups",
                "Each ESCO occupation's ISCO-08 unit group, as ESCO publishes it (esco:memberOfISCOGroup, a "
                        + "sub-property of skos:broadMatch).");
        Table.read(file, Table.COMMA, List.of("conceptUri", "preferredLabel", "iscoGroup", "code"), problems, row -> {
            String iri = row.code("conceptUri", Table.HTTP_IRI);
            String isco = row.code("iscoGroup", Table.ISCO_CODE);
            if (!occupations.add(iri)) {
                throw new IllegalArgumentException("duplicate conceptUri " + iri);
            }
            g.concept(iri, ESCO_OCCUPATIONS_SCHEME, row.get("code"), row.get("preferredLabel"));
            g.type(iri, External.EscoOccupation.getURI());
            row.list("inScheme").forEach(s -> scheme(g, iri, s));
            row.list("altLabels").forEach(l -> g.altLabel(iri, l));
            row.list("hiddenLabels").forEach(l -> g.hiddenLabel(iri, l));
            g.definition(iri, row.get("description"));
            g.scopeNote(iri, row.get("scopeNote"));
            g.scopeNote(iri, row.get("definition"));
            crosswalk.add(new Crosswalk.Mapping(iri, iri, row.get("preferredLabel"), Crosswalk.BROAD, isco,
                    ExternalIris.isco(isco), null, Crosswalk.CERTAIN, null, file.name(), row.line()));
        });
    }

    private void hierarchy(SourceFile file) {
        List<String> columns = List.of("conceptType", "conceptUri", "broaderType", "broaderUri");
        Table.read(file, Table.COMMA, columns, problems, row -> {
            if (row.get("conceptType").equals("ISCOGroup")) {
                return; // the ISCO-08 hierarchy is in the ISCO-08 scheme
            }
            String iri = known(row, "conceptUri");
            String broader = row.code("broaderUri", Table.HTTP_IRI);
            switch (row.get("broaderType")) {
                case "Occupation" -> g.broader(iri, known(row, "broaderUri"));
                case "ISCOGroup" -> g.topConcept(iri, ESCO_OCCUPATIONS_SCHEME);
                default -> throw new IllegalArgumentException("broaderType '" + row.get("broaderType")
                        + "' of " + broader + " is neither Occupation nor ISCOGroup");
            }
        });
    }

    private String known(Table.Row row, String column) {
        String iri = row.code(column, Table.HTTP_IRI);
        if (!occupations.contains(iri)) {
            throw new IllegalArgumentException("unknown code: " + column + " " + iri + " is not an occupation of "
                    + OCCUPATIONS);
        }
        return iri;
    }

    /** Puts a concept in one of the schemes its row lists, declaring the scheme. */
    static void scheme(SkosGraph g, String concept, String scheme) {
        if (!Table.HTTP_IRI.matcher(scheme).matches()) {
            throw new IllegalArgumentException("inScheme '" + scheme + "' is not an http(s) IRI");
        }
        g.inScheme(concept, scheme);
        g.type(scheme, SKOS.ConceptScheme.getURI());
    }
}
