package org.canon.graph.fuseki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The size limits in front of a Fuseki server over an in-memory dataset of about 11 MB of N-Triples: a query answer
 * over the cap never ends as a success, whether the cap is reached before Fuseki sends anything (it holds 5 MB) or
 * in the middle of the stream; a Graph Store read of the same data is not a query and comes whole.
 */
class QueryLimitsTest {
    static final int TRIPLES = 150_000;
    final HttpClient http = HttpClient.newHttpClient();
    static final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    FusekiServer server;

    @BeforeAll
    static void fill() {
        Node graph = NodeFactory.createURI("urn:example:graph");
        Node predicate = NodeFactory.createURI("urn:example:predicate");
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < TRIPLES; i++) {
                dsg.add(graph, NodeFactory.createURI("urn:example:subject/" + i), predicate,
                        NodeFactory.createLiteralString("value number " + i));
            }
        });
    }

    FusekiServer serve(long cap) {
        server = FusekiServer.create().port(0).add("/ds", dsg)
                .addFilter("/*", new QueryLimits("ds", 50_000, cap)).build().start();
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    HttpResponse<String> construct() throws IOException, InterruptedException {
        String q = URLEncoder.encode("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort() + "/ds/sparql?query=" + q))
                .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAnswerOverTheCapBeforeAnythingIsSentIsA400NamingTheLimit() throws Exception {
        serve(1 << 20);
        HttpResponse<String> r = construct();
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).startsWith("The answer is larger than 1048576 bytes (canon.query.max-result-size)")
                .contains("/ds/get?graph=IRI");
    }

    @Test
    void anAnswerOverTheCapInTheMiddleOfTheStreamEndsIncomplete() {
        serve(6 << 20);
        assertThatThrownBy(this::construct).as("the client sees the answer break off, not a clean end")
                .isInstanceOf(IOException.class);
    }

    @Test
    void anAnswerUnderTheCapAndGraphStoreReadsComeWhole() throws Exception {
        serve(64 << 20);
        HttpResponse<String> r = construct();
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().lines().count()).isEqualTo(TRIPLES);

        server.stop();
        serve(1 << 20);
        HttpResponse<String> gsp = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort()
                + "/ds/get?graph=urn:example:graph")).header("Accept", "application/n-triples").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(gsp.statusCode()).isEqualTo(200);
        assertThat(gsp.body().length()).isGreaterThan(1 << 20);
        assertThat(gsp.body().lines().count()).isEqualTo(TRIPLES);
    }
}
