package org.canon.graph.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.store.CanonStore;
import org.springframework.stereotype.Service;

/**
 * Reads the releases and their change log from the graph {@code https://w3id.org/canon/graph/releases}: the list
 * from the named query {@code releases} (with each release's sources and graph sizes beside it), the change log from
 * the named query {@code changes}, so that the API answers what those queries answer in the Fuseki UI.
 */
@Service
public class ReleaseLog {
    private static final String DETAILS = """
            PREFIX dcat:    <http://www.w3.org/ns/dcat#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX spdx:    <http://spdx.org/rdf/terms#>
            PREFIX sd:      <http://www.w3.org/ns/sparql-service-description#>
            PREFIX void:    <http://rdfs.org/ns/void#>
            PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
            SELECT ?release ?file ?sha256 ?graph ?triples WHERE {
              GRAPH <https://w3id.org/canon/graph/releases> {
                ?r dcat:inSeries <https://w3id.org/canon/id/release> ; dcat:version ?version .
                { ?r dcterms:source ?source . ?source dcterms:title ?file ; spdx:checksum/spdx:checksumValue ?sha256 }
                UNION
                { ?r void:subset ?subset . ?subset sd:name ?graph ; void:triples ?triples }
              }
              BIND (xsd:integer(?version) AS ?release)
            } ORDER BY ?release ?file ?graph""";
    private final QueryRunner runner;
    private final CanonStore store;

    public ReleaseLog(QueryRunner runner, CanonStore store) {
        this.runner = runner;
        this.store = store;
    }

    /** Every release recorded, oldest first. */
    public List<Release> list() {
        Map<Long, List<Release.Source>> sources = new LinkedHashMap<>();
        Map<Long, List<Release.GraphSize>> graphs = new LinkedHashMap<>();
        try (RDFConnection conn = store.connect()) {
            Txn.executeRead(conn, () -> conn.querySelect(DETAILS, row -> {
                long release = row.getLiteral("release").getLong();
                if (row.contains("file")) {
                    sources.computeIfAbsent(release, k -> new ArrayList<>()).add(new Release.Source(
                            row.getLiteral("file").getLexicalForm(), row.getLiteral("sha256").getLexicalForm()));
                } else {
                    graphs.computeIfAbsent(release, k -> new ArrayList<>()).add(new Release.GraphSize(
                            row.getResource("graph").getURI(), row.getLiteral("triples").getLong()));
                }
            }));
        }
        return runner.rows("releases", Map.of()).stream().map(r -> {
            long version = number(r.get("release"));
            return new Release(version, (String) r.get("iri"), String.valueOf(r.get("issued")),
                    (String) r.get("kind"), (String) r.get("description"),
                    r.containsKey("previous") ? number(r.get("previous")) : null, number(r.get("triples")),
                    new Release.ChangeCounts(number(r.get("added")), number(r.get("removed")),
                            number(r.get("retired")), number(r.get("changed"))),
                    sources.getOrDefault(version, List.of()), graphs.getOrDefault(version, List.of()));
        }).toList();
    }

    /** One release, if recorded. */
    public Optional<Release> get(long version) {
        return list().stream().filter(r -> r.version() == version).findFirst();
    }

    /** The change log of the releases after {@code from} up to {@code to}, grouped by release and concept. */
    public ChangeLog changes(long from, long to) {
        List<Map<String, Object>> rows = runner.rows("changes", range(from, to));
        List<ChangeLog.Change> changes = new ArrayList<>();
        ChangeLog.Change current = null;
        for (Map<String, Object> row : rows) {
            long release = number(row.get("release"));
            String concept = (String) row.get("concept");
            if (current == null || current.release() != release || !current.concept().equals(concept)) {
                current = new ChangeLog.Change(release, (String) row.get("type"), concept, (String) row.get("code"),
                        (String) row.get("label"), new ArrayList<>());
                changes.add(current);
            }
            if (row.containsKey("property")) {
                current.values().add(new ChangeLog.ValueChange((String) row.get("property"), (String) row.get("via"),
                        row.get("oldValue"), row.get("newValue")));
            }
        }
        return new ChangeLog(from, to, rows.size() >= Math.min(CHANGES_LIMIT, runner.maxRows()), changes);
    }

    /** The same change log as the named query's table (for CSV). */
    public ResultSetRewindable changesTable(long from, long to) {
        return runner.select("changes", range(from, to));
    }

    /** The {@code limit} default of the query {@code changes}. */
    private static final int CHANGES_LIMIT = 10_000;

    private static Map<String, String> range(long from, long to) {
        return Map.of("from", Long.toString(from), "to", Long.toString(to));
    }

    private static long number(Object value) {
        return ((Number) Objects.requireNonNull(value)).longValue();
    }
}
