package org.canon.graph.page;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.canon.graph.config.CanonProperties;
import org.canon.graph.query.QueryTimeoutException;
import org.canon.graph.store.CanonStore;
import org.springframework.stereotype.Service;

/**
 * Runs a query typed in the editor, read-only, under the limits of every query ({@code canon.query.timeout},
 * {@code canon.query.max-length}, at most {@code canon.query.max-rows} rows), over the store's default graph (the union
 * of the named graphs, as at the SPARQL endpoint), and gives the answer as a table to show: a SELECT's rows, an ASK's
 * answer, a CONSTRUCT's or DESCRIBE's triples.
 */
@Service
class TextQueries {
    /** The most rows a page shows; the endpoint gives them all. */
    static final int SHOWN = 1000;
    private final CanonStore store;
    private final CanonProperties.Query limits;

    TextQueries(CanonStore store, CanonProperties settings) {
        this.store = store;
        this.limits = settings.getQuery();
    }

    /** A cell of the table: its text, and the link of an IRI. */
    public record Cell(String text, String href) {}

    /** An answer as a table; {@code total} rows, of which the first {@link #SHOWN} are in {@code rows}. */
    public record Table(List<String> columns, List<List<Cell>> rows, int total) {
        public boolean cut() {
            return total > rows.size();
        }
    }

    Table run(String text) {
        if (text.length() > limits.getMaxLength()) {
            throw new QueryParseFailure("The query has " + text.length() + " characters; the limit is "
                    + limits.getMaxLength() + " (canon.query.max-length)");
        }
        Query q;
        try {
            q = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new QueryParseFailure("The query does not parse: " + e.getMessage());
        }
        if (!q.hasLimit() || q.getLimit() > limits.getMaxRows()) {
            q.setLimit(limits.getMaxRows());
        }
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(RdfView.PREFIXES)
                .setNsPrefixes(q.getPrefixMapping());
        long timeout = limits.getTimeout().toMillis();
        try (RDFConnection conn = store.connect()) {
            return Txn.calculateRead(conn, () -> {
                try (QueryExecution qe = conn.newQuery().query(q).timeout(timeout, TimeUnit.MILLISECONDS).build()) {
                    if (q.isSelectType()) {
                        return select(qe.execSelect(), prefixes);
                    }
                    if (q.isAskType()) {
                        return new Table(List.of("answer"), List.of(List.of(new Cell(qe.execAsk() ? "yes" : "no", null))), 1);
                    }
                    Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    return triples(m, prefixes);
                }
            });
        } catch (QueryCancelledException e) {
            throw new QueryTimeoutException("typed in the editor", timeout);
        }
    }

    private static Table select(ResultSet rs, PrefixMapping prefixes) {
        List<String> vars = rs.getResultVars();
        List<List<Cell>> rows = new ArrayList<>();
        int total = 0;
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            if (total++ < SHOWN) {
                rows.add(vars.stream().map(v -> cell(s.get(v), prefixes)).toList());
            }
        }
        return new Table(vars, rows, total);
    }

    private static Table triples(Model m, PrefixMapping prefixes) {
        List<List<Cell>> rows = new ArrayList<>();
        int[] total = {0};
        m.listStatements().forEachRemaining(st -> {
            if (total[0]++ < SHOWN) {
                rows.add(List.of(cell(st.getSubject(), prefixes), cell(st.getPredicate(), prefixes),
                        cell(st.getObject(), prefixes)));
            }
        });
        return new Table(List.of("subject", "predicate", "object"), rows, total[0]);
    }

    private static Cell cell(RDFNode n, PrefixMapping prefixes) {
        if (n == null) {
            return new Cell("", null);
        }
        Node node = n.asNode();
        if (node.isURI()) {
            return new Cell(prefixes.shortForm(node.getURI()), Iris.href(node.getURI()));
        }
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            return new Cell(node.getLiteralLexicalForm() + (lang.isEmpty() ? "" : " @" + lang), null);
        }
        return new Cell("_:" + node.getBlankNodeLabel(), null);
    }
}
