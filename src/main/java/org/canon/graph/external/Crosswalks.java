package org.canon.graph.external;

import static org.canon.graph.external.ExternalIris.ISCO_SCHEME;
import static org.canon.graph.external.ExternalIris.ONET_SOC_SCHEME;
import static org.canon.graph.external.ExternalIris.SOC2010_SCHEME;
import static org.canon.graph.external.ExternalIris.SOC2018_SCHEME;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.canon.graph.source.SourceFile;

/**
 * The published crosswalks of the crosswalks folder, each read into a {@link Crosswalk}:
 * <ul>
 *   <li>{@code 2019_to_SOC_Crosswalk.csv} or {@code .xlsx} (O*NET): an O*NET-SOC code ending in .00 whose 2018 SOC code
 *       has the same six digits is {@code skos:exactMatch}; a more detailed O*NET occupation (.01 to .99) is
 *       {@code skos:broadMatch} its SOC occupation; anything else {@code skos:closeMatch};</li>
 *   <li>{@code soc_2010_to_2018_crosswalk.xlsx} (BLS) and {@code ISCO_SOC_Crosswalk.xls} (BLS; its sheet
 *       "ISCO-08 to 2010 SOC"): the relation follows from the cardinality of the rows ({@link Cardinality}). BLS
 *       marks a partial ISCO-08 match with "*" in its column {@code part}; the marking, and BLS's own comment, are
 *       kept in sssom:comment.</li>
 * </ul>
 * Each is looked for under the publisher's name first, then under the names of the copies in
 * {@code ../shared/data} (the workbooks renamed, and tab-separated copies of their sheets:
 * {@code bls_isco08_to_soc2010.tsv} is the ISCO-08 to SOC sheet, {@code bls_soc2010_to_isco08.tsv} the other,
 * which holds the same pairs with the partial marking seen from the SOC side).
 */
final class Crosswalks {
    static final String ONET_FILE = "onet_2019_to_SOC_2018_Crosswalk.csv";
    static final String SOC_FILE = "bls_soc_2010_to_2018_crosswalk.tsv";
    static final String[] ONET_FILES = {"2019_to_SOC_Crosswalk.csv", "2019_to_SOC_Crosswalk.xlsx", ONET_FILE};
    static final String[] SOC_FILES = {"soc_2010_to_2018_crosswalk.xlsx", "bls_soc_2010_to_2018_crosswalk.xlsx", SOC_FILE};
    static final String[] ISCO_FILES = {"ISCO_SOC_Crosswalk.xls", "bls_isco08_soc2010_crosswalk.xls",
        "bls_isco08_to_soc2010.tsv", "bls_soc2010_to_isco08.tsv"};
    /** The sheet of the ISCO-SOC workbook read: the ISCO-08 side's, whose partial marking is per ISCO-08 group. */
    static final Table.Sheet ISCO_SHEET = new Table.Sheet("ISCO-08 to 2010 SOC", null);
    private static final Crosswalk.Side ONET = new Crosswalk.Side(ONET_SOC_SCHEME, "O*NET-SOC 2019 Code", "an occupation");
    private static final Crosswalk.Side SOC18 = new Crosswalk.Side(SOC2018_SCHEME, "2018 SOC Code", "a concept");
    private static final Crosswalk.Side SOC10 = new Crosswalk.Side(SOC2010_SCHEME, "2010 SOC Code", "an occupation");
    private static final Crosswalk.Side ISCO = new Crosswalk.Side(ISCO_SCHEME, "ISCO-08 Code", "a group");

    private Crosswalks() {}

    /** The crosswalks present in the folder, in dependency order (SOC 2010 to 2018 before ISCO-08 to SOC 2010). */
    static List<Crosswalk> read(PublisherFolder folder, Problems problems) {
        List<Crosswalk> sets = new ArrayList<>();
        folder.find(ONET_FILES).ifPresent(f -> sets.add(onetToSoc(f, problems)));
        folder.find(SOC_FILES).ifPresent(f -> sets.add(soc2010ToSoc2018(f, problems)));
        folder.find(ISCO_FILES).ifPresent(f -> sets.add(iscoToSoc2010(f, problems)));
        return sets;
    }

    static Crosswalk onetToSoc(SourceFile file, Problems problems) {
        Crosswalk set = new Crosswalk(ExternalIris.SET_ONET_SOC, ONET, SOC18, Publisher.ONET,
                Publisher.ONET_SOC_CROSSWALK_RELEASE, "O*NET-SOC 2019 occupations to 2018 SOC occupations",
                "The O*NET Resource Center's crosswalk from the O*NET-SOC 2019 taxonomy to the 2018 SOC. An O*NET-SOC "
                        + "occupation ending in .00 is the SOC occupation itself (skos:exactMatch); one ending in .01 "
                        + "to .99 is a more detailed O*NET occupation within it (skos:broadMatch).");
        Table.read(file, Table.COMMA, List.of(ONET.column(), SOC18.column()), problems, row -> {
            String onet = row.code(ONET.column(), Table.ONET_CODE);
            String soc = row.code(SOC18.column(), Table.SOC_CODE);
            boolean within = onet.startsWith(soc + ".");
            String predicate = within ? (onet.endsWith(".00") ? Crosswalk.EXACT : Crosswalk.BROAD) : Crosswalk.CLOSE;
            String comment = predicate.equals(Crosswalk.BROAD) ? "O*NET-SOC " + onet
                    + " is a detailed O*NET occupation within 2018 SOC " + soc + "."
                    : within ? null : "O*NET-SOC " + onet + " is not coded within 2018 SOC " + soc + ".";
            set.add(new Crosswalk.Mapping(onet, ExternalIris.onetOccupation(onet), row.get("O*NET-SOC 2019 Title"),
                    predicate, soc, ExternalIris.soc2018(soc), row.get("2018 SOC Title"),
                    within ? Crosswalk.CERTAIN : Crosswalk.PARTIAL, comment, file.name(), row.line()));
        });
        return set;
    }

    static Crosswalk soc2010ToSoc2018(SourceFile file, Problems problems) {
        Crosswalk set = new Crosswalk(ExternalIris.SET_SOC2010_SOC2018, SOC10, SOC18, Publisher.BLS,
                Publisher.SOC2010_CROSSWALK_RELEASE, "2010 SOC occupations to 2018 SOC occupations",
                "BLS's crosswalk from the 2010 SOC to the 2018 SOC. One-to-one rows are skos:exactMatch; a 2010 "
                        + "occupation split into several 2018 occupations is skos:narrowMatch each of them; several "
                        + "2010 occupations merged into one 2018 occupation are each skos:broadMatch it; rows that are "
                        + "both split and merged are partial overlaps (skos:closeMatch, confidence 0.5).");
        List<Table.Row> rows = pairs(file, Table.Sheet.FIRST_WITH_HEADER, SOC10, Table.SOC_CODE, SOC18, Table.SOC_CODE,
                problems);
        Cardinality card = new Cardinality(rows.stream().map(r -> codes(r, SOC10, SOC18)).toList());
        for (Table.Row r : rows) {
            String from = r.get(SOC10.column());
            String to = r.get(SOC18.column());
            set.add(new Crosswalk.Mapping(from, ExternalIris.soc2010(from), r.get("2010 SOC Title"),
                    card.predicate(from, to), to, ExternalIris.soc2018(to), r.get("2018 SOC Title"),
                    card.confidence(from, to), card.explain("2010 SOC", from, "2018 SOC", to), r.file(), r.line()));
        }
        return set;
    }

    static Crosswalk iscoToSoc2010(SourceFile file, Problems problems) {
        Crosswalk set = new Crosswalk(ExternalIris.SET_ISCO_SOC2010, ISCO, SOC10, Publisher.BLS,
                Publisher.ISCO_SOC_CROSSWALK_RELEASE, "ISCO-08 groups to 2010 SOC occupations",
                "BLS's crosswalk between ISCO-08 and the 2010 SOC. BLS marks a match as partial (\"*\" in column part) "
                        + "when the ISCO-08 group maps to several SOC occupations. The SKOS relation follows from the "
                        + "cardinality of the rows: one-to-one skos:exactMatch; an ISCO-08 group split over several SOC "
                        + "occupations skos:narrowMatch each; an ISCO-08 group within a SOC occupation that also covers "
                        + "other groups skos:broadMatch; partial overlaps skos:closeMatch with confidence 0.5.");
        List<Table.Row> rows = pairs(file, ISCO_SHEET, ISCO, Table.ISCO_CODE, SOC10, Table.SOC_CODE, problems);
        Cardinality card = new Cardinality(rows.stream().map(r -> codes(r, ISCO, SOC10)).toList());
        for (Table.Row r : rows) {
            String isco = r.get(ISCO.column());
            String soc = r.get(SOC10.column());
            String comment = (r.get("part").equals("*") ? "BLS marks this match partial (part \"*\"). "
                    : "BLS marks this match full (part empty). ")
                    + card.explain("ISCO-08", isco, "2010 SOC", soc)
                    + (r.startingWith("Comment").isEmpty() ? "" : " BLS comment: " + r.startingWith("Comment"));
            set.add(new Crosswalk.Mapping(isco, ExternalIris.isco(isco), r.get("ISCO-08 Title EN"),
                    card.predicate(isco, soc), soc, ExternalIris.soc2010(soc), r.get("2010 SOC Title"),
                    card.confidence(isco, soc), comment, r.file(), r.line()));
        }
        return set;
    }

    /** The well-formed rows, codes checked; a pair given twice is an error naming both lines. */
    private static List<Table.Row> pairs(SourceFile file, Table.Sheet sheet, Crosswalk.Side subject,
                                         Pattern subjectFormat, Crosswalk.Side object, Pattern objectFormat,
                                         Problems problems) {
        List<Table.Row> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        Table.read(file, file.fileName().endsWith(".csv") ? Table.COMMA : Table.TAB, sheet,
                List.of(subject.column(), object.column()), problems, row -> {
                    String pair = row.code(subject.column(), subjectFormat) + " " + row.code(object.column(), objectFormat);
                    Long first = seen.putIfAbsent(pair, row.line());
                    if (first != null) {
                        throw new IllegalArgumentException("duplicate row: " + pair + " is also on line " + first);
                    }
                    rows.add(row);
                });
        return rows;
    }

    private static String[] codes(Table.Row r, Crosswalk.Side subject, Crosswalk.Side object) {
        return new String[] {r.get(subject.column()), r.get(object.column())};
    }
}
