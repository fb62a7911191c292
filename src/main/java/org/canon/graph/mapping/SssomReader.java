package org.canon.graph.mapping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.canon.graph.source.SourceException;
import org.canon.graph.source.SourceFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads an SSSOM TSV mapping set: the {@code #}-prefixed YAML header (curie_map, mapping_set_id, license, ...)
 * and the tab-separated table, read by column name. Errors name the file and the line.
 */
public final class SssomReader {
    private SssomReader() {}

    /** Columns every mapping set must have. */
    public static final List<String> REQUIRED_COLUMNS =
            List.of("subject_id", "predicate_id", "object_id", "mapping_justification");
    /** Header keys every mapping set must have. */
    public static final List<String> REQUIRED_HEADER = List.of("curie_map", "mapping_set_id", "license");
    /** Slots that may be given once in the header for every row (SSSOM's propagatable slots, the ones used here). */
    private static final List<String> PROPAGATED =
            List.of("mapping_tool", "mapping_date", "author_id", "subject_source", "object_source", "mapping_justification");

    public static MappingSet read(SourceFile file) {
        List<String> headerLines = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        int headerLineCount = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(file.open(), StandardCharsets.UTF_8))) {
            String line;
            boolean inHeader = true;
            while ((line = in.readLine()) != null) {
                if (inHeader && line.startsWith("#")) {
                    headerLines.add(line.substring(1));
                    headerLineCount++;
                } else {
                    inHeader = false;
                    table.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new SourceException(file.name() + ": cannot read: " + e.getMessage());
        }
        Map<String, Object> header = parseHeader(file, headerLines);
        Map<String, String> curies = curieMap(file, header);
        return new MappingSet(file.name(), header, curies,
                readRows(file, table.toString(), headerLineCount, header, curies));
    }

    private static Map<String, Object> parseHeader(SourceFile file, List<String> lines) {
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(String.join("\n", lines));
        } catch (YAMLException e) {
            throw new SourceException(file.name() + ": the YAML header (lines starting with #) is malformed: "
                    + e.getMessage().replace('\n', ' '));
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new SourceException(file.name() + ", line 1: no SSSOM header: the file must open with '#' lines "
                    + "giving " + String.join(", ", REQUIRED_HEADER));
        }
        Map<String, Object> header = new LinkedHashMap<>();
        map.forEach((k, v) -> header.put(String.valueOf(k), v instanceof java.util.Date d
                ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString() : v));
        List<String> missing = REQUIRED_HEADER.stream().filter(k -> header.get(k) == null).toList();
        if (!missing.isEmpty()) {
            throw new SourceException(file.name() + ": the SSSOM header lacks " + String.join(", ", missing));
        }
        return header;
    }

    private static Map<String, String> curieMap(SourceFile file, Map<String, Object> header) {
        if (!(header.get("curie_map") instanceof Map<?, ?> raw)) {
            throw new SourceException(file.name() + ": curie_map in the header must map prefixes to namespaces");
        }
        Map<String, String> curies = new LinkedHashMap<>(MappingSet.BUILT_IN_PREFIXES);
        raw.forEach((k, v) -> curies.put(String.valueOf(k), String.valueOf(v)));
        return curies;
    }

    private static List<MappingSet.Row> readRows(SourceFile file, String table, int offset,
                                                 Map<String, Object> header, Map<String, String> curies) {
        CSVFormat format = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<MappingSet.Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Reader reader = new StringReader(table); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> columns = parser.getHeaderNames();
            List<String> missing = REQUIRED_COLUMNS.stream()
                    .filter(c -> !columns.contains(c) && !(header.containsKey(c) && PROPAGATED.contains(c))).toList();
            if (!missing.isEmpty()) {
                throw new SourceException(file.name() + ", line " + (offset + 1) + ": missing column(s) "
                        + String.join(", ", missing) + " (found: " + String.join(", ", columns) + ")");
            }
            for (CSVRecord record : parser) {
                long line = offset + 1 + record.getRecordNumber();
                Map<String, String> values = new LinkedHashMap<>();
                for (String p : PROPAGATED) {
                    if (header.get(p) != null) {
                        values.put(p, String.valueOf(header.get(p)));
                    }
                }
                if (!record.isConsistent()) {
                    problems.add(file.name() + ", line " + line + ": expected " + columns.size() + " tab-separated "
                            + "values, found " + record.size());
                    continue;
                }
                record.toMap().forEach((k, v) -> {
                    if (v != null && !v.isBlank()) {
                        values.put(k, v);
                    }
                });
                try {
                    rows.add(MappingSet.Row.of(values, curies, line));
                } catch (IllegalArgumentException e) {
                    problems.add(file.name() + ", line " + line + ": " + e.getMessage());
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new SourceException(file.name() + ": cannot read the mapping table: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new SourceException("Bad rows in mapping set " + file.name(), problems);
        }
        return rows;
    }
}
