package org.canon.graph.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.canon.graph.source.SourceException;

/**
 * A reference list of related occupations in the layout of O*NET's {@code Related Occupations.txt} (tab-separated,
 * columns read by name: {@value #CODE}, {@value #RELATED}, {@value #TIER}; others ignored). The rows of the
 * primary tiers ({@code Primary-Short}, {@code Primary-Long}) are the truth; supplemental rows are not.
 *
 * @param file    the file, as given
 * @param primary for each source occupation of the file (in file order), the codes of its primary related
 *                occupations (empty when it has only supplemental rows)
 */
record RelatedReference(Path file, Map<String, Set<String>> primary) {
    static final String CODE = "O*NET-SOC Code";
    static final String RELATED = "Related O*NET-SOC Code";
    static final String TIER = "Relatedness Tier";
    static final Set<String> PRIMARY_TIERS = Set.of("Primary-Short", "Primary-Long");
    private static final Pattern ONET_CODE = Pattern.compile("\\d{2}-\\d{4}\\.\\d{2}");

    /**
     * @throws SourceException naming the file and the missing columns, or the file and line of each bad row
     */
    static RelatedReference read(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter('\t').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        Map<String, Set<String>> primary = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, format)) {
            List<String> columns = p.getHeaderNames().stream().map(c -> c.replace("\uFEFF", "").trim()).toList();
            List<String> missing = List.of(CODE, RELATED, TIER).stream().filter(c -> !columns.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new SourceException(file + ": missing column(s) " + missing + " (columns found: " + columns + ")");
            }
            int code = columns.indexOf(CODE);
            int related = columns.indexOf(RELATED);
            int tier = columns.indexOf(TIER);
            long line = p.getCurrentLineNumber();
            for (CSVRecord row : p) {
                long at = line + 1;
                line = p.getCurrentLineNumber();
                if (row.size() <= Math.max(code, Math.max(related, tier))) {
                    problems.add(file + ", line " + at + ": expected " + columns.size() + " fields, found " + row.size());
                    continue;
                }
                String source = row.get(code).trim();
                String target = row.get(related).trim();
                for (String c : List.of(source, target)) {
                    if (!ONET_CODE.matcher(c).matches()) {
                        problems.add(file + ", line " + at + ": '" + c + "' is not an O*NET-SOC code (NN-NNNN.NN)");
                    }
                }
                Set<String> truth = primary.computeIfAbsent(source, k -> new LinkedHashSet<>());
                if (PRIMARY_TIERS.contains(row.get(tier).trim())) {
                    truth.add(target);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SourceException se) {
                throw se;
            }
            throw new SourceException(file + ": cannot read: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new SourceException("The reference " + file + " has errors", problems);
        }
        return new RelatedReference(file, primary);
    }

    /** The source occupations with at least one primary related occupation. */
    Map<String, Set<String>> scored() {
        Map<String, Set<String>> scored = new LinkedHashMap<>();
        primary.forEach((code, truth) -> {
            if (!truth.isEmpty()) {
                scored.put(code, truth);
            }
        });
        return scored;
    }
}
