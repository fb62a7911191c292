package org.canon.graph.external;

import static org.canon.graph.external.ExternalIris.SOC2018_SCHEME;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.canon.graph.source.SourceFile;

/**
 * BLS's 2018 SOC files (the workbooks as BLS publishes them, or tab-separated copies of them) into the graph
 * {@link ExternalIris#GRAPH_SOC2018}: {@code soc_structure_2018} (required)
 * gives the 23 major groups, 98 minor groups, 459 broad groups and 867 detailed occupations, each with its code
 * in the column of its level; the hierarchy is the order of the file (a group is narrower than the last group of
 * the level above it: 15-1211 under 15-1210 under 15-1200 under 15-0000). Codes do not always follow the
 * digit pattern (29-1221 is under broad group 29-1210), which is why the order, not the digits, decides.
 * {@code soc_2018_definitions} (optional) adds the definitions of the detailed occupations.
 */
final class SocImporter {
    static final List<String> LEVELS = List.of("Major Group", "Minor Group", "Broad Group", "Detailed Occupation");
    /** BLS's workbook first, then a tab-separated copy; the workbook's title column has a blank header. */
    static final String[] STRUCTURE = {"soc_structure_2018.xlsx", "soc_structure_2018.tsv"};
    static final String[] DEFINITIONS = {"soc_2018_definitions.xlsx", "soc_2018_definitions.tsv"};
    private static final Table.Sheet TITLE_UNNAMED = new Table.Sheet(null, "Title");
    private final PublisherFolder folder;
    private final Problems problems;
    private final SkosGraph g = new SkosGraph();
    private final Set<String> codes = new HashSet<>();

    SocImporter(PublisherFolder folder, Problems problems) {
        this.folder = folder;
        this.problems = problems;
    }

    Graph read() {
        g.scheme(SOC2018_SCHEME, "2018 Standard Occupational Classification (SOC)", Publisher.BLS,
                Publisher.SOC2018_RELEASE);
        structure(folder.require(STRUCTURE));
        folder.find(DEFINITIONS).ifPresent(this::definitions);
        return g.graph();
    }

    private void structure(SourceFile file) {
        List<String> columns = new ArrayList<>(LEVELS);
        columns.add("Title");
        String[] last = new String[LEVELS.size()];
        Table.read(file, Table.TAB, TITLE_UNNAMED, columns, problems, row -> {
            List<Integer> filled = LEVELS.stream().filter(l -> !row.get(l).isEmpty()).map(LEVELS::indexOf).toList();
            if (filled.size() != 1) {
                throw new IllegalArgumentException("malformed row: expected one code, in exactly one of the columns "
                        + String.join(", ", LEVELS) + "; found " + filled.size());
            }
            int level = filled.get(0);
            String code = row.code(LEVELS.get(level), Table.SOC_CODE);
            if (!codes.add(code)) {
                throw new IllegalArgumentException("duplicate SOC code " + code);
            }
            String iri = ExternalIris.soc2018(code);
            g.concept(iri, SOC2018_SCHEME, code, row.get("Title"));
            if (level == 0) {
                g.topConcept(iri, SOC2018_SCHEME);
            } else {
                String parent = last[level - 1];
                if (parent == null || !parent.regionMatches(0, code, 0, 2)) {
                    throw new IllegalArgumentException(LEVELS.get(level) + " " + code + " does not follow a "
                            + LEVELS.get(level - 1) + " of its major group");
                }
                g.broader(iri, ExternalIris.soc2018(parent));
            }
            last[level] = code;
            for (int below = level + 1; below < last.length; below++) {
                last[below] = null;
            }
        });
    }

    private void definitions(SourceFile file) {
        Table.read(file, Table.TAB, List.of("SOC Code", "SOC Definition"), problems, row -> {
            String code = row.code("SOC Code", Table.SOC_CODE);
            if (!codes.contains(code)) {
                throw new IllegalArgumentException("unknown code: SOC Code " + code
                        + " is not in soc_structure_2018");
            }
            g.definition(ExternalIris.soc2018(code), row.get("SOC Definition"));
        });
    }
}
