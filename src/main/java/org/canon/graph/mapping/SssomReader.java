package org.canon.graph.mapping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
 *
 * <p>The file must conform to the SSSOM schema (SSSOM 1.1): the header holds mapping-set slots only (a slot of one
 * mapping, such as {@code author_id} or {@code mapping_justification}, is a column of the table), entity references
 * are CURIEs whose prefix the {@code curie_map} declares, and every row has its {@code mapping_justification}. The
 * header's propagatable slots ({@code mapping_tool}, {@code mapping_date}, {@code subject_source},
 * {@code object_source}, ...) hold for every row that does not give its own value.
 */
public final class SssomReader {
    private SssomReader() {}

    /** Columns every mapping set must have. */
    public static final List<String> REQUIRED_COLUMNS =
            List.of("subject_id", "predicate_id", "object_id", "mapping_justification");
    /** Header keys every mapping set must have. */
    public static final List<String> REQUIRED_HEADER = List.of("curie_map", "mapping_set_id", "license");
    /** The slots of SSSOM's class "mapping set": the only keys a header may have. */
    public static final Set<String> MAPPING_SET_SLOTS = Set.of("sssom_version", "curie_map", "mapping_set_id",
            "mapping_set_version", "mapping_set_source", "mapping_set_title", "mapping_set_description",
            "mapping_set_confidence", "creator_id", "creator_label", "license", "subject_type", "subject_source",
            "subject_source_version", "object_type", "object_source", "object_source_version", "predicate_type",
            "mapping_provider", "cardinality_scope", "mapping_tool", "mapping_tool_id", "mapping_tool_version",
            "mapping_date", "publication_date", "subject_match_field", "object_match_field", "subject_preprocessing",
            "object_preprocessing", "similarity_measure", "curation_rule", "curation_rule_text", "see_also",
            "issue_tracker", "other", "comment", "extension_definitions");
    /** SSSOM's propagatable slots: given once in the header, they hold for every row without a value of its own. */
    public static final List<String> PROPAGATABLE_SLOTS = List.of("subject_type", "subject_source",
            "subject_source_version", "object_type", "object_source", "object_source_version", "predicate_type",
            "mapping_provider", "cardinality_scope", "mapping_tool", "mapping_tool_id", "mapping_tool_version",
            "mapping_date", "subject_match_field", "object_match_field", "subject_preprocessing",
            "object_preprocessing", "similarity_measure", "curation_rule", "curation_rule_text");
    /** Header slots whose values are entity references, hence CURIEs. */
    static final List<String> HEADER_ENTITY_REFERENCES = List.of("creator_id", "subject_source", "object_source",
            "mapping_tool_id", "subject_match_field", "object_match_field", "subject_preprocessing",
            "object_preprocessing", "curation_rule");
    /** Header slots whose values are absolute URIs, written in full. */
    static final List<String> HEADER_URIS = List.of("mapping_set_id", "license", "mapping_provider", "issue_tracker");

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
        checkHeaderValues(file, headerLines, header, curies);
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
        List<String> problems = new ArrayList<>();
        header.keySet().stream().filter(k -> !MAPPING_SET_SLOTS.contains(k)).forEach(k -> problems.add(
                file.name() + ", line " + headerLine(lines, k) + ": " + k + " is not a mapping-set slot of SSSOM: the "
                        + "header holds slots of the whole set (mapping_set_id, license, creator_id, subject_source, "
                        + "object_source, mapping_tool, mapping_date, ...); give " + k + " in a column, for each mapping"));
        if (!problems.isEmpty()) {
            throw new SourceException("The SSSOM header of " + file.name() + " has slots that are not mapping-set slots",
                    problems);
        }
        return header;
    }

    /** Entity references in the header are CURIEs with a declared prefix; URIs are absolute. */
    private static void checkHeaderValues(SourceFile file, List<String> lines, Map<String, Object> header,
                                          Map<String, String> curies) {
        List<String> problems = new ArrayList<>();
        for (String slot : HEADER_ENTITY_REFERENCES) {
            for (String value : values(header.get(slot))) {
                try {
                    MappingSet.Row.expandCurie(value, curies, slot);
                } catch (IllegalArgumentException e) {
                    problems.add(file.name() + ", line " + headerLine(lines, slot) + ": " + e.getMessage());
                }
            }
        }
        for (String slot : HEADER_URIS) {
            for (String value : values(header.get(slot))) {
                if (!isAbsoluteUri(value)) {
                    problems.add(file.name() + ", line " + headerLine(lines, slot) + ": " + slot + " '" + value
                            + "' is not an absolute URI (SSSOM: a non-relative URI such as https://...)");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SourceException("The SSSOM header of " + file.name() + " has bad values", problems);
        }
    }

    /** The values of a header slot: a YAML list, or one value. */
    static List<String> values(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
    }

    private static boolean isAbsoluteUri(String value) {
        try {
            return new URI(value).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The line of the file (1-based) where a header key is given. */
    private static int headerLine(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*" + Pattern.quote(key) + "\\s*:.*")) {
                return i + 1;
            }
        }
        return 1;
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
            List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !columns.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new SourceException(file.name() + ", line " + (offset + 1) + ": missing column(s) "
                        + String.join(", ", missing) + " (found: " + String.join(", ", columns) + ")");
            }
            for (CSVRecord record : parser) {
                long line = offset + 1 + record.getRecordNumber();
                Map<String, String> values = new LinkedHashMap<>();
                for (String p : PROPAGATABLE_SLOTS) {
                    if (header.get(p) != null) {
                        values.put(p, String.join("|", values(header.get(p))));
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
