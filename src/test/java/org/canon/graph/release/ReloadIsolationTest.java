package org.canon.graph.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.canon.graph.TestStores;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.store.CanonStore;
import org.junit.jupiter.api.Test;

/**
 * Readers never see half a release: while releases 1 and 2 of the hand-made taxonomy are loaded in turn into the
 * store, readers ask, in one query, for the number of the latest release and for two values that differ between
 * the two releases (M2's title, M1's median pay); every answer must be entirely that release's. Over the remote store
 * this is what the server's transactions give (one SPARQL Update request per release).
 */
class ReloadIsolationTest {
    static final String QUERY = """
            PREFIX dcat:   <http://www.w3.org/ns/dcat#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            SELECT ?version ?title ?median WHERE {
              { SELECT (MAX(xsd:integer(?v)) AS ?version)
                WHERE { GRAPH <https://w3id.org/canon/graph/releases> { ?r dcat:version ?v } } }
              <https://w3id.org/canon/id/profile/LOGISTICS.LOGISTICSWO1024.M2> skos:prefLabel ?title .
              <https://w3id.org/canon/id/profile/LOGISTICS.LOGISTICSWO1024.M1> schema:estimatedSalary/schema:median ?median .
            }""";
    /** What each release says: odd releases are r1, even ones r2. */
    static final Map<Boolean, String> EXPECTED = Map.of(
            true, "Warehouse Operations — M2 62000.0", false, "Warehouse Operations Manager — M2 65000.0");

    @Test
    void everyAnswerIsEntirelyFromOneRelease() throws InterruptedException {
        try (CanonStore store = TestStores.open("isolation")) {
            new CanonLoader().load(ReleaseFixtures.layout("r1"), store);
            CanonLoader.Prepared r1 = new CanonLoader().prepare(ReleaseFixtures.layout("r1"));
            CanonLoader.Prepared r2 = new CanonLoader().prepare(ReleaseFixtures.layout("r2"));
            AtomicBoolean loading = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
            Set<Long> seen = ConcurrentHashMap.newKeySet();
            List<Thread> readers = new ArrayList<>();
            int[] answers = new int[4];
            for (int i = 0; i < 4; i++) {
                int reader = i;
                Thread t = new Thread(() -> {
                    while (loading.get()) {
                        try (RDFConnection conn = store.connect()) {
                            // values read inside the transaction: TDB2 reads a solution's nodes lazily
                            List<String[]> rows = Txn.calculateRead(conn, () -> {
                                List<String[]> r = new ArrayList<>();
                                conn.querySelect(QUERY, row -> r.add(new String[] {
                                        row.getLiteral("version").getLexicalForm(),
                                        row.getLiteral("title").getLexicalForm() + " "
                                                + row.getLiteral("median").getLexicalForm()}));
                                return r;
                            });
                            for (String[] row : rows) {
                                long version = Long.parseLong(row[0]);
                                seen.add(version);
                                if (!row[1].equals(EXPECTED.get(version % 2 == 1))) {
                                    wrong.add("release " + version + ": " + row[1]);
                                }
                            }
                            answers[reader] += rows.size() == 1 ? 1 : 0;
                            if (rows.size() != 1) {
                                wrong.add(rows.size() + " rows");
                            }
                        } catch (RuntimeException e) {
                            wrong.add(e.toString());
                        }
                    }
                });
                t.start();
                readers.add(t);
            }
            for (int release = 2; release <= 7; release++) {
                new CanonLoader().store(release % 2 == 1 ? r1 : r2, store);
            }
            loading.set(false);
            for (Thread t : readers) {
                t.join();
            }
            assertThat(wrong).as("answers that mix releases, or errors").isEmpty();
            assertThat(seen).as("releases seen by the readers").hasSizeGreaterThan(1);
            assertThat(answers).doesNotContain(0);
        }
    }
}
