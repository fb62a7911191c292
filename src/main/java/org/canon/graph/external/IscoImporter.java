package org.canon.graph.external;

import static org.canon.graph.external.ExternalIris.ISCO_SCHEME;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.canon.graph.source.SourceFile;

/**
 * ISCO-08 into the graph {@link ExternalIris#GRAPH_ISCO}, with ESCO's IRIs for the groups
 * ({@code http://data.europa.eu/esco/isco/C2511}) and scheme. The source is the ILO's workbook
 * {@code ISCO-08 EN Structure and definitions.xlsx} or a copy of it, {@code isco08_structure_and_definitions}
 * (.csv or .tsv: level, code, title, definition), or, when only ESCO's
 * files are imported, ESCO's copy of the same groups ({@code ISCOGroups_en.csv}). The hierarchy follows the
 * codes, which ISCO builds digit by digit: unit group 2511 is in minor group 251, in sub-major group 25, in
 * major group 2; the ten major groups are the top concepts.
 */
final class IscoImporter {
    static final String ILO_FILE = "isco08_structure_and_definitions";
    /** The ILO's workbook first, then the copies: the .csv, which keeps the line breaks of the texts, then the .tsv. */
    static final String[] ILO_FILES = {"ISCO-08 EN Structure and definitions.xlsx", ILO_FILE + ".csv", ILO_FILE + ".tsv"};
    private final Problems problems;
    private final SkosGraph g = new SkosGraph();
    private final Map<String, Long> codes = new LinkedHashMap<>();

    IscoImporter(Problems problems) {
        this.problems = problems;
    }

    /** Reads the ILO's file from the ISCO-08 folder ({@link #ILO_FILES}, the first present). */
    Graph readIlo(PublisherFolder folder) {
        SourceFile file = folder.require(ILO_FILES);
        char delimiter = file.fileName().toLowerCase().endsWith(".csv") ? Table.COMMA : Table.TAB;
        g.scheme(ISCO_SCHEME, "International Standard Classification of Occupations (ISCO-08)", Publisher.ILO,
                Publisher.ISCO_RELEASE);
        Table.read(file, delimiter, List.of("Level", "ISCO 08 Code", "Title EN", "Definition"), problems, row -> {
            String code = row.code("ISCO 08 Code", Table.ISCO_CODE);
            if (!row.get("Level").equals(Integer.toString(code.length()))) {
                throw new IllegalArgumentException("bad code format: ISCO 08 Code " + code + " has " + code.length()
                        + " digit(s) but Level is '" + row.get("Level") + "'");
            }
            group(code, row.line(), row.get("Title EN"), row.get("Definition"));
        });
        hierarchy(file.name());
        return g.graph();
    }

    /** Reads ESCO's copy of the ISCO-08 groups ({@code ISCOGroups_en.csv}). */
    Graph readEscoCopy(SourceFile file) {
        g.scheme(ISCO_SCHEME, "International Standard Classification of Occupations (ISCO-08), as published by ESCO",
                Publisher.ESCO, Publisher.ISCO_RELEASE + " (" + Publisher.ESCO_RELEASE + ")");
        Table.read(file, Table.COMMA, List.of("conceptUri", "code", "preferredLabel", "description"), problems, row -> {
            String code = row.code("code", Table.ISCO_CODE);
            if (!row.get("conceptUri").equals(ExternalIris.isco(code))) {
                throw new IllegalArgumentException("conceptUri " + row.get("conceptUri") + " is not the IRI of ISCO-08 "
                        + "code " + code + " (" + ExternalIris.isco(code) + ")");
            }
            group(code, row.line(), row.get("preferredLabel"), row.get("description"));
            row.list("altLabels").forEach(l -> g.altLabel(ExternalIris.isco(code), l));
        });
        hierarchy(file.name());
        return g.graph();
    }

    private void group(String code, long line, String title, String definition) {
        if (codes.putIfAbsent(code, line) != null) {
            throw new IllegalArgumentException("duplicate ISCO-08 code " + code);
        }
        g.concept(ExternalIris.isco(code), ISCO_SCHEME, code, title);
        g.definition(ExternalIris.isco(code), definition);
    }

    private void hierarchy(String file) {
        codes.forEach((code, line) -> {
            String iri = ExternalIris.isco(code);
            if (code.length() == 1) {
                g.topConcept(iri, ISCO_SCHEME);
            } else if (codes.containsKey(code.substring(0, code.length() - 1))) {
                g.broader(iri, ExternalIris.isco(code.substring(0, code.length() - 1)));
            } else {
                problems.at(file, line, "ISCO-08 group " + code + " has no parent: "
                        + code.substring(0, code.length() - 1) + " is not in the file");
            }
        });
    }
}
