package org.canon.graph.fuseki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.canon.graph.ServiceTestBase;
import org.canon.graph.store.CanonStore;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public endpoints as an attacker or a downloader meets them: no outbound requests through SERVICE, query
 * answers capped in size without ever ending as a silent success, Graph Store reads whole and with the union as
 * default graph. (Writes are covered by {@link WriteGuardTest}, {@link QueryEndpointsTest} and the bad-input
 * corpus; CORS by {@code CorsPolicyTest}.)
 * These are the embedded Fuseki's own policies, so they are not run over a remote store.
 */
@DisabledIfSystemProperty(named = "canon.test.store-mode", matches = "remote")
class FusekiPoliciesTest extends ServiceTestBase {
    @Autowired CanonStore store;

    @Test
    void serviceClauseReachesNoOtherHost() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(200);
            Thread watcher = new Thread(() -> {
                long end = System.currentTimeMillis() + 3000;
                while (System.currentTimeMillis() < end) {
                    try (Socket s = listener.accept()) {
                        connections.incrementAndGet();
                    } catch (SocketTimeoutException e) {
                        // keep listening
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            watcher.start();
            String query = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + listener.getLocalPort() + "/sparql> { ?s ?p ?o } }";
            HttpResponse<String> r = get(fuseki("/canon/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)),
                    "application/sparql-results+json");
            watcher.join();
            assertThat(r.statusCode()).isGreaterThanOrEqualTo(400);
            assertThat(r.body()).containsIgnoringCase("SERVICE");
            assertThat(connections.get()).as("connections the server made to the SERVICE address").isZero();
        }
    }

    @Test
    void anAnswerLargerThanTheCapIsRefusedNotCutOffSilently() throws Exception {
        // the store holds about 2 MB of N-Triples; the test context caps answers at 1 MB, which Fuseki has not
        // sent yet when the cap is reached (it holds 5 MB), so the answer becomes a 400 naming the limit
        String all = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }";
        HttpResponse<String> r = get(fuseki("/canon/sparql?query=" + URLEncoder.encode(all, StandardCharsets.UTF_8)),
                "application/n-triples");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("larger than 1048576 bytes (canon.query.max-result-size)", "/canon/get?graph=");
        HttpResponse<String> small = get(fuseki("/canon/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)),
                "application/sparql-results+json");
        assertThat(small.statusCode()).isEqualTo(200);
    }

    @Test
    void theWholeDatasetDownloadsWholeThoughLargerThanTheCap() throws Exception {
        HttpResponse<String> r = get(fuseki("/canon/get"), "application/n-quads");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().getBytes(StandardCharsets.UTF_8).length).as("larger than the 1 MB cap").isGreaterThan(1 << 20);
        DatasetGraph downloaded = RDFParser.fromString(r.body(), Lang.NQUADS).toDatasetGraph();
        Set<String> names = new TreeSet<>();
        downloaded.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        assertThat(names).isEqualTo(store.graphNames());
        for (String g : names) {
            assertThat(downloaded.getGraph(NodeFactory.createURI(g)).size()).as(g).isEqualTo(store.size(g));
        }
        assertThat(downloaded.getDefaultGraph().isEmpty()).as("no triple twice: the union is not sent as well").isTrue();
    }

    @Test
    void theGraphStoreDefaultGraphIsTheUnionThatSparqlSees() throws Exception {
        HttpResponse<String> count = get(fuseki("/canon/sparql?query=" + URLEncoder.encode(
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8)), "text/csv");
        long union = Long.parseLong(count.body().lines().skip(1).findFirst().orElseThrow().strip());
        for (String path : new String[] {"/canon/get?default", "/canon/get?graph=default", "/canon?default"}) {
            HttpResponse<String> r = get(fuseki(path), "application/n-triples");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            Graph graph = RDFParser.fromString(r.body(), Lang.NTRIPLES).toGraph();
            assertThat((long) graph.size()).as(path).isEqualTo(union).isGreaterThan(store.size(Canon.GRAPH_TAXONOMY));
        }
    }

    @Test
    void graphStoreProtocolReadsNamedGraphs() throws Exception {
        HttpResponse<String> r = get(fuseki("/canon/get?graph=" + URLEncoder.encode("https://w3id.org/canon/graph/mappings/canon-soc-resolver",
                StandardCharsets.UTF_8)), "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("jfm-factory.resolve");
    }
}
