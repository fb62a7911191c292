package org.canon.graph.mapping;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The slot lists of the SSSOM schema ({@code src/test/resources/sssom/sssom-schema-slots.yaml}) and a check of an
 * SSSOM/TSV text against them, written apart from {@link SssomReader} so that the reader is judged by the schema,
 * not by itself. Besides the schema, the project asks every set for {@code mapping_set_version},
 * {@code creator_id}, {@code subject_source} and {@code object_source}, and a {@code mapping_justification} column.
 */
public final class SssomSchema {
    static final Path SLOTS = Path.of("src/test/resources/sssom/sssom-schema-slots.yaml");
    /** Prefixes SSSOM knows without a curie_map entry. */
    static final Set<String> BUILT_IN_PREFIXES = Set.of("owl", "rdf", "rdfs", "skos", "semapv", "sssom", "xsd", "linkml");
    /** Set slots the project requires of its own sets, beyond the schema's. */
    static final List<String> PROJECT_SET_SLOTS = List.of("mapping_set_version", "creator_id", "subject_source",
            "object_source", "curie_map");

    private final Map<String, Object> slots;

    private SssomSchema(Map<String, Object> slots) {
        this.slots = slots;
    }

    public static SssomSchema load() {
        try (Reader r = Files.newBufferedReader(SLOTS)) {
            return new SssomSchema(new Yaml(new SafeConstructor(new LoaderOptions())).load(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    List<String> list(String key) {
        return (List<String>) slots.get(key);
    }

    /** What breaks the schema in an SSSOM/TSV text, each problem with the file name and, where there is one, the line. */
    @SuppressWarnings("unchecked")
    public List<String> problems(String name, String text) {
        List<String> problems = new ArrayList<>();
        List<String> headerLines = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (table.isEmpty() && line.startsWith("#")) {
                headerLines.add(line.substring(1));
            } else {
                table.append(line).append('\n');
            }
        }
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(String.join("\n", headerLines));
        if (!(parsed instanceof Map<?, ?> raw)) {
            return List.of(name + ": no YAML header");
        }
        Map<String, Object> header = (Map<String, Object>) raw;
        Map<String, Object> curies = header.get("curie_map") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        for (String key : header.keySet()) {
            if (!list("mapping_set_slots").contains(key)) {
                problems.add(name + ": header slot " + key + " is not a mapping-set slot");
            }
        }
        for (String key : concat(list("required_set_slots"), PROJECT_SET_SLOTS)) {
            if (header.get(key) == null) {
                problems.add(name + ": the header lacks " + key);
            }
        }
        for (String key : header.keySet()) {
            for (String value : values(header.get(key), key)) {
                checkValue(name + ", header", key, value, curies, problems);
            }
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(table.toString()),
                CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get())) {
            List<String> columns = parser.getHeaderNames();
            for (String column : columns) {
                if (!list("mapping_slots").contains(column)) {
                    problems.add(name + ": column " + column + " is not a mapping slot");
                }
            }
            for (String required : list("required_mapping_slots")) {
                if (!columns.contains(required)) {
                    problems.add(name + ": no column " + required);
                }
            }
            for (CSVRecord record : parser) {
                String where = name + ", line " + (headerLines.size() + 1 + record.getRecordNumber());
                for (String required : list("required_mapping_slots")) {
                    if (!record.isMapped(required) || !record.isSet(required) || record.get(required).isBlank()) {
                        problems.add(where + ": no " + required);
                    }
                }
                for (String column : columns) {
                    if (record.isSet(column) && !record.get(column).isBlank()) {
                        for (String value : values(record.get(column), column)) {
                            checkValue(where, column, value, curies, problems);
                        }
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.add(name + ": cannot read the table: " + e.getMessage());
        }
        return problems;
    }

    private void checkValue(String where, String slot, String value, Map<String, Object> curies, List<String> problems) {
        if (list("entity_reference_slots").contains(slot)) {
            int colon = value.indexOf(':');
            String prefix = colon > 0 ? value.substring(0, colon) : null;
            if (prefix == null || value.contains("://") || !(curies.containsKey(prefix) || BUILT_IN_PREFIXES.contains(prefix))) {
                problems.add(where + ": " + slot + " '" + value + "' is not a CURIE with a declared prefix");
            }
        }
        if (list("non_relative_uri_slots").contains(slot) && !absolute(value)) {
            problems.add(where + ": " + slot + " '" + value + "' is not an absolute URI");
        }
        if (list("date_slots").contains(slot) && !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            problems.add(where + ": " + slot + " '" + value + "' is not a date YYYY-MM-DD");
        }
        if (list("unit_interval_slots").contains(slot)) {
            try {
                double d = Double.parseDouble(value);
                if (d < 0 || d > 1) {
                    problems.add(where + ": " + slot + " " + value + " is outside [0, 1]");
                }
            } catch (NumberFormatException e) {
                problems.add(where + ": " + slot + " '" + value + "' is not a number");
            }
        }
        if (slot.equals("mapping_justification") && !value.matches((String) slots.get("mapping_justification_pattern"))) {
            problems.add(where + ": mapping_justification '" + value + "' is not a semapv justification of the schema");
        }
    }

    /** The values of a slot: a YAML list, or a "|"-separated string for a multivalued slot, else one value. */
    private List<String> values(Object value, String slot) {
        if (value instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        if (value instanceof Map<?, ?> || value == null) {
            return List.of();
        }
        String s = value instanceof java.util.Date d
                ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString() : String.valueOf(value);
        return list("multivalued_slots").contains(slot) ? List.of(s.split("\\|")) : List.of(s);
    }

    private static boolean absolute(String value) {
        try {
            return new URI(value).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
