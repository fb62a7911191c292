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
import org.canon.graph.source.SourceException;

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

    /**
     * The subject and object of each row of an SSSOM TSV reference. Unlike a mapping set the project loads, a
     * reference may write its entities as full IRIs as well as CURIEs of its {@code curie_map}: only the pairs are
     * read, so the rest of the file is not held to the schema.
     */
    @SuppressWarnings("unchecked")
    static List<Pair> sssom(Path file) {
        List<String> header = new ArrayList<>();
        List<String> table = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                (line.startsWith("#") ? header : table).add(line.startsWith("#") ? line.substring(1) : line);
            }
        } catch (IOException e) {
            throw new SourceException("Cannot read the reference " + file + ": " + e.getMessage());
        }
        Object yaml = header.isEmpty() ? null : new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                new org.yaml.snakeyaml.LoaderOptions())).load(String.join("\n", header));
        Map<String, String> curies = new HashMap<>();
        if (yaml instanceof Map<?, ?> m && m.get("curie_map") instanceof Map<?, ?> cm) {
            cm.forEach((k, v) -> curies.put(String.valueOf(k), String.valueOf(v)));
        }
        List<Pair> pairs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(String.join("\n", table), format)) {
            for (CSVRecord r : parser) {
                if (!r.isMapped("subject_id") || !r.isMapped("object_id")) {
                    throw new SourceException("The reference " + file + " has no subject_id and object_id columns");
                }
                String subject = expand(r.get("subject_id"), curies);
                String object = expand(r.get("object_id"), curies);
                if (subject == null || object == null) {
                    problems.add(file + ", row " + r.getRecordNumber() + ": '" + r.get("subject_id") + "' or '"
                            + r.get("object_id") + "' is neither an IRI nor a CURIE of the curie_map");
                    continue;
                }
                pairs.add(new Pair(subject, object));
            }
        } catch (IOException e) {
            throw new SourceException("Cannot read the reference " + file + ": " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new SourceException("The reference " + file + " has bad rows", problems);
        }
        return pairs;
    }

    /** A full IRI as it is, a CURIE expanded with the curie_map, or null. */
    private static String expand(String value, Map<String, String> curies) {
        String v = value.trim();
        if (v.contains("://")) {
            return v;
        }
        int colon = v.indexOf(':');
        return colon > 0 && curies.containsKey(v.substring(0, colon)) ? curies.get(v.substring(0, colon)) + v.substring(colon + 1) : null;
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
