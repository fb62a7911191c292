package org.canon.graph.external;

import static org.canon.graph.external.ExternalIris.ONET_CONTENT_MODEL_SCHEME;
import static org.canon.graph.external.ExternalIris.ONET_SOC_SCHEME;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.canon.graph.source.SourceException;
import org.canon.graph.source.SourceFile;
import org.canon.graph.vocab.Canon;

/**
 * O*NET's database files into the graph {@link ExternalIris#GRAPH_ONET}. Each file is read from the text release
 * ({@code Skills.txt}, tab-separated) when it is there, else from the Excel release ({@code Skills.xlsx}), else
 * from a tab-separated copy ({@code Skills.tsv}); all three have the same columns (the Excel release adds some):
 * <ul>
 *   <li>{@code Occupation Data}: the O*NET-SOC 2019 occupations (code, title, description), all top concepts of
 *       {@link ExternalIris#ONET_SOC_SCHEME} (O*NET-SOC is a flat list; its link to SOC 2018 is a crosswalk);</li>
 *   <li>{@code Alternate Titles} (alternate and short titles) and {@code Sample of Reported Titles}:
 *       {@code skos:altLabel}s;</li>
 *   <li>{@code Job Zones}: each occupation's job zone (1 to 5, how much preparation it needs) as
 *       {@code canon:jobZone};</li>
 *   <li>{@code Content Model Reference}: the content-model elements, with their hierarchy from the dotted IDs
 *       (2.A.2.a is narrower than 2.A.2);</li>
 *   <li>{@code Skills}, {@code Knowledge}: ratings ({@link OnetRatings});
 *       {@code Related Occupations}: related occupations with their tiers ({@link OnetRelated}).</li>
 * </ul>
 * Only {@code Occupation Data} is required; the others are imported when present. Every occupation code and
 * element ID the other files use must be defined in {@code Occupation Data} and {@code Content Model Reference}.
 */
final class OnetImporter {
    static final String CODE = "O*NET-SOC Code";
    static final String OCCUPATIONS = "Occupation Data";
    private final PublisherFolder folder;
    private final Problems problems;
    private final SkosGraph g = new SkosGraph();
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final Map<String, Long> elements = new LinkedHashMap<>();

    OnetImporter(PublisherFolder folder, Problems problems) {
        this.folder = folder;
        this.problems = problems;
    }

    Graph read() {
        g.scheme(ONET_SOC_SCHEME, "O*NET-SOC 2019 occupations", Publisher.ONET, Publisher.ONET_RELEASE);
        occupations(folder.require(names(OCCUPATIONS)));
        file("Alternate Titles").ifPresent(f -> altTitles(f, "Alternate Title"));
        file("Sample of Reported Titles").ifPresent(f -> altTitles(f, "Reported Job Title"));
        file("Job Zones").ifPresent(this::jobZones);
        Optional<SourceFile> contentModel = file("Content Model Reference");
        contentModel.ifPresent(this::contentModel);
        OnetRatings ratings = new OnetRatings(g, titles.keySet(), elements.keySet(), problems);
        for (String domain : List.of("Skills", "Knowledge")) {
            file(domain).ifPresent(f -> {
                if (contentModel.isEmpty()) {
                    throw new SourceException(f.name() + " rates content-model elements, but " + folder
                            + " has no Content Model Reference (.txt or .xlsx) to define them");
                }
                ratings.read(f, domain);
            });
        }
        file("Related Occupations").ifPresent(f -> new OnetRelated(g, titles.keySet(), problems).read(f));
        return g.graph();
    }

    private Optional<SourceFile> file(String name) {
        return folder.find(names(name));
    }

    /** The names of one of O*NET's files, in the order they are looked for: text release, Excel release, copy. */
    static String[] names(String file) {
        return new String[] {file + ".txt", file + ".xlsx", file + ".tsv"};
    }

    private void occupations(SourceFile file) {
        Table.read(file, Table.TAB, List.of(CODE, "Title", "Description"), problems, row -> {
            String code = row.code(CODE, Table.ONET_CODE);
            if (titles.putIfAbsent(code, row.get("Title")) != null) {
                throw new IllegalArgumentException("duplicate O*NET-SOC code " + code);
            }
            String iri = ExternalIris.onetOccupation(code);
            g.concept(iri, ONET_SOC_SCHEME, code, row.get("Title"));
            g.definition(iri, row.get("Description"));
            g.topConcept(iri, ONET_SOC_SCHEME);
        });
    }

    private void altTitles(SourceFile file, String column) {
        Table.read(file, Table.TAB, List.of(CODE, column), problems, row -> {
            String code = row.code(CODE, Table.ONET_CODE);
            requireOccupation(code, titles.keySet(), CODE);
            g.altLabel(ExternalIris.onetOccupation(code), row.get(column));
            g.altLabel(ExternalIris.onetOccupation(code), row.get("Short Title"));
        });
    }

    private void jobZones(SourceFile file) {
        Set<String> zoned = new HashSet<>();
        Table.read(file, Table.TAB, List.of(CODE, "Job Zone"), problems, row -> {
            String code = row.code(CODE, Table.ONET_CODE);
            requireOccupation(code, titles.keySet(), CODE);
            String zone = row.get("Job Zone");
            if (!zone.matches("[1-5]")) {
                throw new IllegalArgumentException("Job Zone '" + zone + "' is not a whole number from 1 to 5");
            }
            if (!zoned.add(code)) {
                throw new IllegalArgumentException("a second job zone for " + code);
            }
            g.integer(ExternalIris.onetOccupation(code), Canon.jobZone.getURI(), Long.parseLong(zone));
        });
    }

    private void contentModel(SourceFile file) {
        g.scheme(ONET_CONTENT_MODEL_SCHEME, "O*NET content model", Publisher.ONET, Publisher.ONET_RELEASE);
        Table.read(file, Table.TAB, List.of("Element ID", "Element Name", "Description"), problems, row -> {
            String id = row.code("Element ID", Table.ELEMENT_ID);
            if (elements.putIfAbsent(id, row.line()) != null) {
                throw new IllegalArgumentException("duplicate Element ID " + id);
            }
            String iri = ExternalIris.onetElement(id);
            g.concept(iri, ONET_CONTENT_MODEL_SCHEME, id, row.get("Element Name"));
            g.definition(iri, row.get("Description"));
        });
        elements.forEach((id, line) -> {
            int dot = id.lastIndexOf('.');
            if (dot < 0) {
                g.topConcept(ExternalIris.onetElement(id), ONET_CONTENT_MODEL_SCHEME);
            } else if (elements.containsKey(id.substring(0, dot))) {
                g.broader(ExternalIris.onetElement(id), ExternalIris.onetElement(id.substring(0, dot)));
            } else {
                problems.at(file.name(), line, "element " + id + " has no parent: " + id.substring(0, dot)
                        + " is not in the file");
            }
        });
    }

    /** Throws an "unknown code" error when {@code code} is not an occupation of Occupation Data. */
    static void requireOccupation(String code, Set<String> known, String column) {
        if (!known.contains(code)) {
            throw new IllegalArgumentException("unknown code: " + column + " " + code
                    + " is not an occupation of " + OCCUPATIONS);
        }
    }
}
