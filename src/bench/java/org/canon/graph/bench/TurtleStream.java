package org.canon.graph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.canon.graph.vocab.Canon;

/**
 * Writes Turtle as it goes with Jena's streaming writer ({@link RDFFormat#TURTLE_BLOCKS}: the triples of one subject
 * in one block), with the Canon prefixes and a comment header. Output depends only on the order of the calls.
 */
final class TurtleStream implements AutoCloseable {
    /** The prefixes of the Canon data files (the RDF model's list). */
    static final Map<String, String> PREFIXES = prefixes();

    private final OutputStream out;
    private final StreamRDF stream;

    TurtleStream(OutputStream out, String header) {
        this.out = out;
        try {
            out.write(header.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        stream.start();
        PREFIXES.forEach(stream::prefix);
    }

    void add(Node s, Node p, Node o) {
        stream.triple(Triple.create(s, p, o));
    }

    /** A data resource, {@code https://w3id.org/canon/id/{kind}/{code}}. */
    static Node id(String kind, String code) {
        return NodeFactory.createURI(Canon.ID + kind + "/" + code);
    }

    /** An ontology term, {@code canon:{local}}. */
    static Node canon(String local) {
        return NodeFactory.createURI(Canon.NS + local);
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    static Node str(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    static Node decimal(BigDecimal value) {
        return NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal);
    }

    static Node duration(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDduration);
    }

    @Override
    public void close() {
        stream.finish();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("canon", Canon.NS);
        p.put("skos", Canon.SKOS);
        p.put("dcterms", Canon.DCTERMS);
        p.put("schema", Canon.SCHEMA);
        p.put("prov", Canon.PROV);
        p.put("dqv", Canon.DQV);
        p.put("owl", "http://www.w3.org/2002/07/owl#");
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        // the model's prefix for each kind of data resource
        String[][] kinds = {{"cfun", "function"}, {"cfoc", "focus"}, {"ctrk", "track"}, {"clvl", "level"},
            {"cprof", "profile"}, {"cresp", "responsibility"}, {"crub", "rubric"}, {"cpay", "pay"},
            {"cqual", "quality"}, {"cskill", "skill"}, {"csg", "skill-group"}};
        for (String[] k : kinds) {
            p.put(k[0], Canon.ID + k[1] + "/");
        }
        return Collections.unmodifiableMap(p);
    }
}
