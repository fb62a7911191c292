package org.canon.graph.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;
import org.canon.graph.vocab.Canon;
import org.canon.graph.vocab.Dqv;
import org.canon.graph.vocab.Prov;
import org.canon.graph.vocab.Sssom;
import org.springframework.web.servlet.View;

/**
 * Writes a resource's RDF in the negotiated format, with the usual prefixes. An empty graph with a {@code note} is
 * the "not found" answer in that format: the note goes in a comment where the syntax has comments.
 */
final class RdfView implements View {
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("canon", Canon.NS).setNsPrefix("skos", SKOS.uri).setNsPrefix("schema", SchemaDO.NS)
            .setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("prov", Prov.NS).setNsPrefix("dqv", Dqv.NS)
            .setNsPrefix("sssom", Sssom.NS).setNsPrefix("semapv", Sssom.SEMAPV).setNsPrefix("owl", OWL2.NS)
            .setNsPrefix("rdf", RDF.uri).setNsPrefix("rdfs", RDFS.uri).setNsPrefix("xsd", XSD.NS)
            .lock();
    private final Model model;
    private final Format format;
    private final String note;

    RdfView(Model model, Format format, String note) {
        this.model = model;
        this.format = format;
        this.note = note;
    }

    @Override
    public String getContentType() {
        return format.mediaType + (format == Format.JSONLD ? "" : ";charset=UTF-8");
    }

    @Override
    public void render(Map<String, ?> unused, HttpServletRequest request, HttpServletResponse response) throws Exception {
        model.setNsPrefixes(PREFIXES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (note != null && (format.lang == Lang.TURTLE || format.lang == Lang.NTRIPLES)) {
            out.writeBytes(("# " + note + "\n").getBytes(StandardCharsets.UTF_8));
        }
        RDFDataMgr.write(out, model, format.lang);
        response.setContentType(getContentType());
        response.setHeader("Vary", "Accept");
        response.setContentLength(out.size());
        response.getOutputStream().write(out.toByteArray());
    }
}
