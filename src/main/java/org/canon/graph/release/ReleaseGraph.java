package org.canon.graph.release;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.canon.graph.vocab.Canon;
import org.canon.graph.vocab.ReleaseRecords;

/**
 * The triples that record a release in {@link Canon#GRAPH_RELEASES}: the release (a {@code dcat:Dataset} of the
 * series {@link Canon#RELEASES}), its sources with their SHA-256 checksums, the triple count of each graph and its
 * change log (see the ontology's section "Releases and the change log"). Every resource has an IRI under the
 * release's own: {@code .../release/3/source/1}, {@code .../release/3/graph/1}, {@code .../release/3/change/1}.
 */
final class ReleaseGraph {
    private final Graph g = GraphFactory.createDefaultGraph();

    private ReleaseGraph() {}

    static Graph of(RecordedRelease r, String description) {
        ReleaseGraph b = new ReleaseGraph();
        Node series = uri(Canon.RELEASES);
        Node release = uri(r.iri());
        b.add(series, RDF.type, uri(ReleaseRecords.DatasetSeries));
        b.add(series, DCTerms.title, NodeFactory.createLiteralLang("Canon Graph releases", "en"));
        b.add(release, RDF.type, uri(DCAT.Dataset));
        b.add(release, ReleaseRecords.inSeries, series);
        b.add(release, ReleaseRecords.version, NodeFactory.createLiteralString(Long.toString(r.version())));
        b.add(release, DCTerms.title, NodeFactory.createLiteralLang("Canon Graph release " + r.version(), "en"));
        b.add(release, DCTerms.description, NodeFactory.createLiteralLang(description, "en"));
        b.add(release, DCTerms.issued, NodeFactory.createLiteralDT(r.issued().toString(), XSDDatatype.XSDdateTime));
        b.add(release, DCTerms.type, uri(r.kind().term));
        if (r.previous() != null) {
            b.add(release, ReleaseRecords.wasRevisionOf, uri(Canon.release(r.previous())));
        }
        b.add(release, VOID.triples, integer(r.graphs().values().stream().mapToLong(Long::longValue).sum()));
        int i = 0;
        for (SourceChecksum s : r.sources()) {
            Node source = uri(r.iri() + "/source/" + ++i);
            Node sum = uri(r.iri() + "/source/" + i + "/sha256");
            b.add(release, DCTerms.source, source);
            b.add(source, DCTerms.title, NodeFactory.createLiteralString(s.name()));
            b.add(source, ReleaseRecords.checksum, sum);
            b.add(sum, RDF.type, uri(ReleaseRecords.Checksum));
            b.add(sum, ReleaseRecords.algorithm, uri(ReleaseRecords.checksumAlgorithmSha256));
            b.add(sum, ReleaseRecords.checksumValue, NodeFactory.createLiteralDT(s.sha256(), XSDDatatype.XSDhexBinary));
        }
        i = 0;
        for (Map.Entry<String, Long> e : r.graphs().entrySet()) {
            Node subset = uri(r.iri() + "/graph/" + ++i);
            b.add(release, VOID.subset, subset);
            b.add(subset, RDF.type, uri(VOID.Dataset));
            b.add(subset, RDF.type, uri(ReleaseRecords.NamedGraph));
            b.add(subset, ReleaseRecords.name, uri(e.getKey()));
            b.add(subset, VOID.triples, integer(e.getValue()));
        }
        i = 0;
        for (ConceptChange c : r.changes()) {
            b.change(release, uri(r.iri() + "/change/" + ++i), c);
        }
        return b.g;
    }

    private void change(Node release, Node change, ConceptChange c) {
        add(change, RDF.type, uri(Canon.Change));
        add(change, Canon.inRelease, release);
        add(change, Canon.changeType, uri(c.type().term));
        add(change, Canon.changedConcept, uri(c.concept()));
        if (c.code() != null) {
            add(change, DCTerms.identifier, NodeFactory.createLiteralString(c.code()));
        }
        if (c.label() != null) {
            add(change, RDFS.label, NodeFactory.createLiteralString(c.label()));
        }
        List<ConceptChange.Value> values = c.values();
        for (int j = 0; j < values.size(); j++) {
            ConceptChange.Value v = values.get(j);
            Node pc = uri(change.getURI() + "/" + (j + 1));
            add(change, Canon.propertyChange, pc);
            add(pc, RDF.type, uri(Canon.PropertyChange));
            add(pc, Canon.changedProperty, uri(v.property()));
            if (v.via() != null) {
                add(pc, Canon.via, uri(v.via()));
            }
            if (v.oldValue() != null) {
                add(pc, Canon.oldValue, v.oldValue());
            }
            if (v.newValue() != null) {
                add(pc, Canon.newValue, v.newValue());
            }
        }
    }

    private void add(Node s, Property p, Node o) {
        g.add(s, p.asNode(), o);
    }

    private static Node uri(Resource r) {
        return r.asNode();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
