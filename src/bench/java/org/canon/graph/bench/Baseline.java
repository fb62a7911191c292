package org.canon.graph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.canon.graph.store.CanonStore;

/**
 * A former version of a named query, measured beside the named query it was replaced by, through Java only: the
 * adjacency query as it was written with ARQ's {@code LATERAL} ({@code bench/baseline/adjacency-lateral.rq}), before
 * {@code sparql/adjacency.rq} became standard SPARQL 1.1. It is parsed with ARQ's syntax (the service's catalog
 * refuses it) and its parameters are set by replacing the defaults in its {@code VALUES} row, so that both are run
 * with the same sample profiles. Its results are labelled {@code adjacency (LATERAL baseline)}.
 */
final class Baseline {
    static final String LABEL = "adjacency (LATERAL baseline)";
    private static final String RESOURCE = "/bench/baseline/adjacency-lateral.rq";
    private static final String DEFAULT_ROW = "(\"HEALTH.HEALTHIN8668.M3\" 1.0 10)";

    private final List<Query> bound;

    private Baseline(List<Query> bound) {
        this.bound = bound;
    }

    /** The baseline query bound to the profile codes of each sample parameter set of the {@code adjacency} case. */
    static Baseline of(QueryCase adjacency) {
        String text = text();
        if (!text.contains(DEFAULT_ROW)) {
            throw new IllegalStateException(RESOURCE + " has no VALUES row " + DEFAULT_ROW + " to bind");
        }
        return new Baseline(adjacency.params().stream().map(p -> QueryFactory.create(text.replace(DEFAULT_ROW,
                "(\"" + p.get("code") + "\" 1.0 10)"), Syntax.syntaxARQ)).toList());
    }

    /** The parameter set of sample {@code i}, as recorded in the results. */
    static Map<String, String> params(QueryCase adjacency) {
        return Map.of("code", adjacency.params().get(0).get("code"));
    }

    /** Runs sample {@code i}; returns its number of rows, or -1 on failure. */
    long run(CanonStore store, int i) {
        Query q = bound.get(i % bound.size());
        try (RDFConnection conn = store.connect()) {
            return Txn.calculateRead(conn, () -> {
                try (QueryExecution qe = conn.query(q)) {
                    return (long) ResultSetFormatter.consume(qe.execSelect());
                }
            });
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static String text() {
        try (InputStream in = Baseline.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
