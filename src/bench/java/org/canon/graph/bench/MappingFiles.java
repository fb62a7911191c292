package org.canon.graph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The two SSSOM mapping sets of a synthetic taxonomy, written as the profiles are: {@code canon-onet-curated}
 * (every profile to a real O*NET-SOC 2019 occupation) and {@code canon-soc-resolver} (some profiles to a SOC 2018
 * code, as a resolver tool would print them, now and then the wrong one). Same names and header keys as the
 * shipped sets, so the generated checkout is a drop-in replacement; both conform to the SSSOM schema (set slots in the
 * header, CURIEs for entity references, a justification on every row).
 */
final class MappingFiles implements AutoCloseable {
    /** A fixed mapping date, so that the files depend only on size and seed. */
    static final String MAPPING_DATE = "2026-11-26";
    private static final String CURIES = """
            # curie_map:
            #   CANON: https://w3id.org/canon/id/profile/
            #   ONET: https://w3id.org/canon/external/onet-soc/
            #   SOC: https://w3id.org/canon/external/soc2018/
            #   CANONORG: https://w3id.org/canon/id/agent/
            #   CANONSCHEME: https://w3id.org/canon/id/scheme/
            #   CANONEXT: https://w3id.org/canon/external/
            #   semapv: https://w3id.org/semapv/vocab/
            #   skos: http://www.w3.org/2004/02/skos/core#
            """;

    private final CSVPrinter curated;
    private final CSVPrinter resolver;
    private long rows;

    MappingFiles(Path folder, String generatedBy) {
        try {
            Files.createDirectories(folder);
            curated = open(folder.resolve("canon-onet-curated.sssom.tsv"), """
                    # mapping_set_id: https://w3id.org/canon/mappings/canon-onet-curated
                    # mapping_set_version: "%s"
                    # mapping_set_title: Canon profiles to O*NET-SOC 2019 occupations, curated (synthetic)
                    # mapping_set_description: >-
                    #   Synthetic mapping set (%s): every profile mapped to a real O*NET-SOC 2019 occupation
                    #   of its function's occupation family, management-track profiles to a management occupation.
                    # license: https://creativecommons.org/licenses/by/4.0/
                    # mapping_date: "%s"
                    # creator_id:
                    #   - CANONORG:job-architecture-team
                    # subject_source: CANONSCHEME:canon
                    # object_source: CANONEXT:onet-soc
                    """.formatted(MAPPING_DATE, generatedBy, MAPPING_DATE),
                    "subject_id", "subject_label", "predicate_id", "object_id", "object_label", "mapping_justification",
                    "author_id", "confidence", "comment");
            resolver = open(folder.resolve("canon-soc-resolver.sssom.tsv"), """
                    # mapping_set_id: https://w3id.org/canon/mappings/canon-soc-resolver
                    # mapping_set_version: "%s"
                    # mapping_set_title: Canon profiles to SOC 2018, as produced by the resolver tool (synthetic)
                    # mapping_set_description: >-
                    #   Synthetic mapping set (%s): the classification codes a resolver tool printed on some
                    #   profile pages, machine output that is sometimes wrong.
                    # license: https://creativecommons.org/licenses/by/4.0/
                    # mapping_tool: jfm-factory.resolve
                    # creator_id:
                    #   - CANONORG:job-architecture-team
                    # subject_source: CANONSCHEME:canon
                    # object_source: CANONEXT:soc2018
                    """.formatted(MAPPING_DATE, generatedBy),
                    "subject_id", "subject_label", "predicate_id", "object_id", "object_label", "mapping_justification",
                    "comment");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the mapping sets in " + folder, e);
        }
    }

    /** The curated mapping of one profile. */
    void curated(String code, String title, String predicate, Vocabulary.Occupation to, BigDecimal confidence,
                 String comment) {
        print(curated, "CANON:" + code, title, predicate, "ONET:" + to.code(), to.title(), "semapv:ManualMappingCuration",
                "CANONORG:job-architecture-team", confidence.toPlainString(), comment);
    }

    /**
     * The resolver's mapping of one profile to the SOC 2018 code of an occupation; the object label is the
     * occupation's title only when the occupation is the SOC occupation itself (code ending in .00).
     */
    void resolver(String code, String title, Vocabulary.Occupation to) {
        print(resolver, "CANON:" + code, title, "skos:broadMatch", "SOC:" + to.socCode(),
                to.code().endsWith(".00") ? to.title() : "", "semapv:UnspecifiedMatching",
                "As printed on the profile page: code=" + to.socCode() + " source=jfm-factory.resolve");
    }

    long rows() {
        return rows;
    }

    private void print(CSVPrinter printer, Object... values) {
        try {
            printer.printRecord(values);
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVPrinter open(Path file, String header, String... columns) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write(header);
        out.write(CURIES);
        return new CSVPrinter(out, CSVFormat.TDF.builder().setRecordSeparator('\n').setHeader(columns).get());
    }

    @Override
    public void close() {
        try {
            curated.close();
            resolver.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
