package org.canon.graph.store;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.auth.AuthLib;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;

/**
 * A store held by an external SPARQL 1.1 Protocol server (a replicated Fuseki, a clustered commercial store),
 * reached through {@link RDFConnectionRemote}. The server's default graph must be the union of its named graphs
 * (for TDB2: {@code tdb2:unionDefaultGraph true}).
 *
 * <p>Writes are one SPARQL Update request (drop and insert of every graph replaced, {@code DELETE DATA} and
 * {@code INSERT DATA} for graphs changed in part), which a Fuseki server over TDB2 applies in one transaction: all or
 * nothing, with its readers seeing the store before or after the request, as with the embedded store. Other servers
 * give what their own transactions give. Literals are sent in canonical form ({@link CanonicalLiterals}), so that a later
 * {@code DELETE DATA} finds them on a TDB2 server too. The service keeps no state of its own, so
 * several service instances can run over one store.
 */
public final class RemoteStore implements CanonStore {
    private final String url;
    private final String queryEndpoint;
    private final String updateEndpoint;
    private final HttpClient http;

    /**
     * @param url            the dataset's URL, e.g. {@code http://fuseki.internal:3030/canon}
     * @param queryEndpoint  query endpoint relative to it, e.g. {@code sparql}
     * @param updateEndpoint update endpoint relative to it, e.g. {@code update}
     * @param user           user for HTTP authentication, or null
     * @param password       password, or null
     */
    public RemoteStore(String url, String queryEndpoint, String updateEndpoint, String user, String password) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.queryEndpoint = queryEndpoint;
        this.updateEndpoint = updateEndpoint;
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (user != null && password != null && !password.isBlank()) {
            b.authenticator(AuthLib.authenticator(user, password));
        }
        this.http = b.build();
    }

    /** Checks that the server answers; a clear error names the URL otherwise. */
    public RemoteStore verify() {
        try (RDFConnection conn = connect()) {
            conn.queryAsk("ASK {}");
        } catch (RuntimeException e) {
            throw new StoreException("The remote store " + url + " does not answer SPARQL queries at '"
                    + queryEndpoint + "': " + e.getMessage(), e);
        }
        return this;
    }

    @Override
    public void apply(GraphChanges changes) {
        UpdateRequest request = new UpdateRequest();
        for (String name : changes.drop()) {
            request.add(new UpdateDrop(Target.create(name), true));
        }
        changes.replace().forEach((name, graph) -> {
            request.add(new UpdateDrop(Target.create(name), true));
            request.add(new UpdateDataInsert(quads(name, graph)));
        });
        changes.delete().forEach((name, graph) -> request.add(new UpdateDataDelete(quads(name, graph))));
        changes.add().forEach((name, graph) -> request.add(new UpdateDataInsert(quads(name, graph))));
        try (RDFConnection conn = connect()) {
            conn.update(request);
        } catch (RuntimeException e) {
            throw new StoreException("The remote store " + url + " refused the update (nothing was changed): "
                    + e.getMessage(), e);
        }
    }

    private static QuadDataAcc quads(String name, Graph graph) {
        Node g = NodeFactory.createURI(name);
        QuadDataAcc quads = new QuadDataAcc();
        graph.find().forEach(t -> quads.addQuad(Quad.create(g, CanonicalLiterals.of(t))));
        return quads;
    }

    @Override
    public Set<String> graphNames() {
        Set<String> names = new TreeSet<>();
        try (RDFConnection conn = connect()) {
            conn.querySelect("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }",
                    row -> names.add(row.getResource("g").getURI()));
        }
        return names;
    }

    @Override
    public long size(String graphName) {
        try (RDFConnection conn = connect();
             var qe = conn.newQuery().query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
                     .substitution("g", ResourceFactory.createResource(graphName)).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Override
    public Graph read(String graphName) {
        try (RDFConnection conn = connect();
             var qe = conn.newQuery().query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
                     .substitution("g", ResourceFactory.createResource(graphName)).build()) {
            return qe.execConstruct().getGraph();
        }
    }

    @Override
    public RDFConnection connect() {
        return RDFConnectionRemote.service(url).httpClient(http)
                .queryEndpoint(queryEndpoint).updateEndpoint(updateEndpoint).gspEndpoint("data")
                .build();
    }

    /** There is no local dataset: the remote server serves its own endpoints and UI. */
    @Override
    public DatasetGraph datasetGraph() {
        throw new UnsupportedOperationException("A remote store has no local dataset; use " + url + " directly");
    }

    @Override
    public String describe() {
        return "remote SPARQL store " + url;
    }

    @Override
    public void close() {
        // nothing held open: each connection is closed after use
    }
}
