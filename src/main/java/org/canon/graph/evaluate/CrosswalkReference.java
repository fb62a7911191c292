package org.canon.graph.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.canon.graph.external.ExternalIris;
import org.canon.graph.mapping.MappingSet;
import org.canon.graph.mapping.SssomReader;
import org.canon.graph.source.SourceException;
import org.canon.graph.source.SourceFile;

/**
 * A reference crosswalk between O*NET-SOC 2019 occupations and ESCO occupations, as pairs of IRIs, read from:
 * <ul>
 *   <li>Nesta's CSV layout: columns {@code onet_code} (an O*NET-SOC <em>2010</em> code, turned into its
 *       O*NET-SOC 2019 codes through O*NET's {@value #ONET_2010_TO_2019} crosswalk) and {@code concept_uri} (the ESCO
 *       occupation); other columns are ignored;</li>
 *   <li>an SSSOM TSV: subject an O*NET-SOC 2019 occupation ({@code ONET:} CURIE or IRI), object an ESCO IRI.</li>
 * </ul>
 * Only the pairs are read: nothing else of the reference reaches the suggestions.
 */
public final class CrosswalkReference {
    /** O*NET's crosswalk from O*NET-SOC 2010 to 2019 codes, looked for beside a Nesta file. */
    public static final String ONET_2010_TO_2019 = "onet_2010_to_2019_Crosswalk.csv";

    /** One reference pair. */
    public record Pair(String onet, String esco) {}

    private CrosswalkReference() {}

    /**
     * Reads a reference file. For Nesta's layout, {@code onet2010To2019} is O*NET's crosswalk (null: the file
     * {@value #ONET_2010_TO_2019} beside the reference).
     */
    public static List<Pair> read(Path file, Path onet2010To2019) {
        if (!Files.isRegularFile(file)) {
            throw new SourceException("The reference " + file + " is not a file");
        }
        return file.getFileName().toString().endsWith(".csv") ? nesta(file,
                onet2010To2019 != null ? onet2010To2019 : file.resolveSibling(ONET_2010_TO_2019)) : sssom(file);
    }

    static List<Pair> nesta(Path file, Path crosswalk) {
        Map<String, List<String>> to2019 = new HashMap<>();
        for (CSVRecord r : csv(crosswalk, List.of("O*NET-SOC 2010 Code", "O*NET-SOC 2019 Code"))) {
            to2019.computeIfAbsent(r.get("O*NET-SOC 2010 Code").trim(), k -> new ArrayList<>())
                    .add(r.get("O*NET-SOC 2019 Code").trim());
        }
        Set<Pair> pairs = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (CSVRecord r : csv(file, List.of("onet_code", "concept_uri"))) {
            String code = r.get("onet_code").trim();
            String esco = r.get("concept_uri").trim();
            List<String> codes = to2019.get(code);
            if (codes == null || !esco.startsWith("http")) {
                problems.add(file.getFileName() + ", line " + (r.getRecordNumber() + 1) + ": " + (codes == null
                        ? "onet_code " + code + " is not an O*NET-SOC 2010 code of " + crosswalk.getFileName()
                        : "concept_uri '" + esco + "' is not an IRI"));
                continue;
            }
            codes.forEach(c -> pairs.add(new Pair(ExternalIris.onetOccupation(c), esco)));
        }
        if (!problems.isEmpty()) {
            throw new SourceException("The reference " + file + " has bad rows", problems);
        }
        return List.copyOf(pairs);
    }

    static List<Pair> sssom(Path file) {
        MappingSet set = SssomReader.read(SourceFile.of(file));
        List<Pair> pairs = new ArrayList<>();
        for (MappingSet.Row row : set.rows()) {
            pairs.add(new Pair(row.subject(), row.object()));
        }
        return pairs;
    }

    private static List<CSVRecord> csv(Path file, List<String> columns) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(in, format)) {
            List<String> missing = columns.stream().filter(c -> !p.getHeaderNames().contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new SourceException(file + ", line 1: missing column(s) " + String.join(", ", missing)
                        + " (found: " + String.join(", ", p.getHeaderNames()) + ")");
            }
            return p.getRecords();
        } catch (IOException e) {
            throw new SourceException(file + ": cannot read: " + e.getMessage());
        }
    }
}
