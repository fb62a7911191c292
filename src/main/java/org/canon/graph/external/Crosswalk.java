package org.canon.graph.external;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.vocabulary.SKOS;
import org.canon.graph.mapping.MappingSet;
import org.canon.graph.vocab.Canon;
import org.canon.graph.vocab.Sssom;

/**
 * A published crosswalk on its way to a mapping set: its rows, each remembering the file and line it came from,
 * and its metadata. {@link #check} reports rows whose subject or object is not a concept of the scheme it
 * belongs to; {@link #toMappingSet} gives the set in the form {@link MappingSet#toGraph} turns into SSSOM's RDF
 * (mapping_set_id {@code https://w3id.org/canon/mappings/{name}}, justification
 * {@code semapv:ManualMappingCuration}, the publisher as author, the release as mapping_set_version).
 */
final class Crosswalk {
    static final String EXACT = SKOS.exactMatch.getURI();
    static final String CLOSE = SKOS.closeMatch.getURI();
    static final String BROAD = SKOS.broadMatch.getURI();
    static final String NARROW = SKOS.narrowMatch.getURI();
    static final BigDecimal CERTAIN = new BigDecimal("1.0");
    /** Confidence of a partial (many-to-many) correspondence, which is neither equivalence nor inclusion. */
    static final BigDecimal PARTIAL = new BigDecimal("0.5");

    /** One side of the crosswalk: the scheme its codes belong to and the column they are read from. */
    record Side(String scheme, String column, String what) {}

    /** One row of the crosswalk. */
    record Mapping(String subjectCode, String subject, String subjectLabel, String predicate, String objectCode,
                   String object, String objectLabel, BigDecimal confidence, String comment, String file, long line) {}

    private final String name;
    private final Side subject;
    private final Side object;
    private final Publisher publisher;
    private final Map<String, Object> header = new LinkedHashMap<>();
    private final List<Mapping> rows = new ArrayList<>();

    Crosswalk(String name, Side subject, Side object, Publisher publisher, String release, String title,
              String description) {
        this.name = name;
        this.subject = subject;
        this.object = object;
        this.publisher = publisher;
        header.put("mapping_set_id", Canon.MAPPINGS + name);
        header.put("license", Objects.requireNonNull(publisher.licence(), "a crosswalk needs a licence"));
        header.put("mapping_set_version", release);
        header.put("mapping_set_title", title);
        header.put("mapping_set_description", description);
    }

    String name() { return name; }
    Side subject() { return subject; }
    Side object() { return object; }
    List<Mapping> rows() { return rows; }

    void add(Mapping m) {
        rows.add(m);
    }

    /** Every row whose subject or object is unknown to its scheme becomes an "unknown code" problem. */
    void check(KnownConcepts known, Problems problems) {
        for (Mapping m : rows) {
            if (!known.contains(subject.scheme(), m.subject())) {
                problems.at(m.file(), m.line(), unknown(subject, m.subjectCode(), known));
            }
            if (!known.contains(object.scheme(), m.object())) {
                problems.at(m.file(), m.line(), unknown(object, m.objectCode(), known));
            }
        }
    }

    private static String unknown(Side side, String code, KnownConcepts known) {
        return "unknown code: " + side.column() + " " + code + " is not " + side.what() + " of "
                + known.describe(side.scheme());
    }

    MappingSet toMappingSet() {
        List<MappingSet.Row> out = new ArrayList<>();
        for (Mapping m : rows) {
            Map<String, String> slots = new LinkedHashMap<>();
            put(slots, "subject_label", m.subjectLabel());
            put(slots, "object_label", m.objectLabel());
            slots.put("subject_source", subject.scheme());
            slots.put("object_source", object.scheme());
            slots.put("author_id", publisher.iri());
            slots.put("author_label", publisher.name());
            put(slots, "comment", m.comment());
            out.add(new MappingSet.Row(m.subject(), m.predicate(), m.object(),
                    Sssom.ManualMappingCuration.getURI(), m.confidence(), slots, m.line()));
        }
        return new MappingSet(name, header, MappingSet.BUILT_IN_PREFIXES, out);
    }

    String graphName() {
        return Canon.GRAPH_CROSSWALKS + name;
    }

    private static void put(Map<String, String> slots, String slot, String value) {
        if (value != null && !value.isBlank()) {
            slots.put(slot, value.trim());
        }
    }
}
