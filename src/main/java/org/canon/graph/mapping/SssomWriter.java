package org.canon.graph.mapping;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a mapping set as SSSOM/TSV, the form {@link SssomReader} reads back to the same RDF: the header's
 * mapping-set slots as YAML behind {@code #}, then one row per mapping, entity references written as CURIEs of the
 * set's {@code curie_map}. A slot the header propagates is left out of the rows that have the header's value.
 *
 * <pre>{@code
 * String tsv = SssomWriter.write(SssomReader.read(file));
 * }</pre>
 */
public final class SssomWriter {
    private SssomWriter() {}

    /** The columns written first, in this order; the other slots follow in the order the rows first give them. */
    private static final List<String> LEADING = List.of("subject_id", "predicate_id", "object_id",
            "mapping_justification", "confidence");

    /**
     * The set as SSSOM/TSV text.
     *
     * @throws IllegalArgumentException when an IRI has no prefix in the set's curie_map
     */
    public static String write(MappingSet set) {
        StringWriter out = new StringWriter();
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        for (String line : new Yaml(options).dump(new LinkedHashMap<>(set.header())).split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        List<String> columns = columns(set);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.TDF.builder().setRecordSeparator('\n')
                .setHeader(columns.toArray(String[]::new)).get())) {
            for (MappingSet.Row row : set.rows()) {
                List<String> values = new ArrayList<>();
                for (String column : columns) {
                    values.add(value(set, row, column));
                }
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> columns(MappingSet set) {
        Set<String> columns = new LinkedHashSet<>(LEADING);
        if (set.rows().stream().noneMatch(r -> r.confidence() != null)) {
            columns.remove("confidence");
        }
        for (MappingSet.Row row : set.rows()) {
            row.slots().forEach((slot, value) -> {
                if (!propagated(set, slot, value)) {
                    columns.add(slot);
                }
            });
        }
        return List.copyOf(columns);
    }

    /** A row's value equal to the header's value of a propagatable slot comes from the header. */
    private static boolean propagated(MappingSet set, String slot, String value) {
        return SssomReader.PROPAGATABLE_SLOTS.contains(slot) && set.header().get(slot) != null
                && String.join("|", SssomReader.values(set.header().get(slot))).equals(value);
    }

    private static String value(MappingSet set, MappingSet.Row row, String column) {
        return switch (column) {
            case "subject_id" -> curie(row.subject(), set.curies());
            case "predicate_id" -> curie(row.predicate(), set.curies());
            case "object_id" -> curie(row.object(), set.curies());
            case "mapping_justification" -> curie(row.justification(), set.curies());
            case "confidence" -> row.confidence() == null ? "" : row.confidence().toPlainString();
            default -> {
                String v = row.slots().get(column);
                if (v == null || propagated(set, column, v)) {
                    yield "";
                }
                if (MappingSet.Row.IRI_SLOTS.contains(column)) {
                    List<String> parts = new ArrayList<>();
                    for (String part : v.split("\\|")) {
                        parts.add(curie(MappingSet.Row.expand(part.trim(), set.curies(), column), set.curies()));
                    }
                    yield String.join("|", parts);
                }
                yield v;
            }
        };
    }

    /** The CURIE of an IRI with the longest namespace of the prefixes that fits it. */
    static String curie(String iri, Map<String, String> curies) {
        return curies.entrySet().stream().filter(e -> iri.startsWith(e.getValue()) && iri.length() > e.getValue().length())
                .max(Comparator.comparingInt(e -> e.getValue().length()))
                .map(e -> e.getKey() + ":" + iri.substring(e.getValue().length()))
                .orElseThrow(() -> new IllegalArgumentException("No prefix in the curie_map for <" + iri + ">"));
    }
}
