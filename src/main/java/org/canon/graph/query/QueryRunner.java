package org.canon.graph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.system.Txn;
import org.canon.graph.store.CanonStore;

/**
 * Runs named queries over the store with typed parameters, the configured timeout and the row cap.
 *
 * <p>Parameters are bound by replacing the row of the query's parameter {@code VALUES} block (see
 * {@link NamedQuery#parameterSlot}) with RDF terms built from the caller's values: no value is ever pasted into
 * query text.
 */
public final class QueryRunner {
    private final CanonStore store;
    private final QueryCatalog catalog;
    private final long timeoutMillis;
    private final int maxRows;

    /** How long a named query may run and how many rows it may return. */
    public record Limits(java.time.Duration timeout, int maxRows) {
        /** The defaults of the {@code canon.query.*} settings: 10 s and 10,000 rows. */
        public static final Limits DEFAULTS = new Limits(java.time.Duration.ofSeconds(10), 10_000);
    }

    public QueryRunner(CanonStore store, QueryCatalog catalog, Limits limits) {
        this.store = store;
        this.catalog = catalog;
        this.timeoutMillis = limits.timeout().toMillis();
        this.maxRows = limits.maxRows();
    }

    public QueryCatalog catalog() {
        return catalog;
    }

    /** Runs a SELECT named query. */
    public ResultSetRewindable select(String name, Map<String, String> params) {
        return run(name, params, Query::isSelectType, "SELECT",
                qe -> ResultSetFactory.makeRewindable(qe.execSelect()));
    }

    /** Runs a CONSTRUCT named query. */
    public Model construct(String name, Map<String, String> params) {
        return run(name, params, Query::isConstructType, "CONSTRUCT", QueryExecution::execConstruct);
    }

    /** Binds, checks the query form, and runs under the timeout in a read transaction. */
    private <T> T run(String name, Map<String, String> params, java.util.function.Predicate<Query> form, String formName,
                      java.util.function.Function<QueryExecution, T> exec) {
        Query q = bind(catalog.get(name), params);
        if (!form.test(q)) {
            throw new BadParameterException("name", "'" + name + "' is not a " + formName + " query");
        }
        try (RDFConnection conn = store.connect()) {
            return Txn.calculateRead(conn, () -> {
                try (QueryExecution qe = execution(conn, q)) {
                    return exec.apply(qe);
                }
            });
        } catch (QueryCancelledException e) {
            throw new QueryTimeoutException(name, timeoutMillis);
        } catch (RuntimeException e) {
            // over a remote store the timeout is the HTTP request's
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.http.HttpTimeoutException) {
                    throw new QueryTimeoutException(name, timeoutMillis);
                }
            }
            throw e;
        }
    }

    /**
     * Rows of a SELECT as plain JSON-ready maps: IRIs and strings as strings, numbers as numbers, booleans as
     * booleans; unbound columns are left out.
     */
    public List<Map<String, Object>> rows(String name, Map<String, String> params) {
        ResultSet rs = select(name, params);
        List<Map<String, Object>> rows = new ArrayList<>();
        rs.forEachRemaining(sol -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String v : rs.getResultVars()) {
                if (sol.contains(v)) {
                    row.put(v, plain(sol.get(v).asNode()));
                }
            }
            rows.add(row);
        });
        return rows;
    }

    /** Rows of a SELECT, each turned into a typed answer by {@code as}. */
    public <T> List<T> rows(String name, Map<String, String> params, java.util.function.Function<QueryRow, T> as) {
        return rows(name, params).stream().map(row -> as.apply(new QueryRow(row))).toList();
    }

    /** A term as a plain Java value. */
    static Object plain(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (!n.isLiteral()) {
            return n.toString();
        }
        Object v = n.getLiteralValue();
        if (v instanceof java.math.BigDecimal d) {
            return d.doubleValue();
        }
        if (v instanceof Number num) {
            return num instanceof Double || num instanceof Float ? (Object) num.doubleValue() : (Object) num.longValue();
        }
        if (v instanceof Boolean b) {
            return b;
        }
        return n.getLiteralLexicalForm();
    }

    private QueryExecution execution(RDFConnection conn, Query q) {
        return conn.newQuery().query(q).timeout(timeoutMillis, TimeUnit.MILLISECONDS).build();
    }

    /**
     * The query a named query runs with these parameters, as {@link #select} and {@link #construct} run it: for
     * sending the same query elsewhere (the benchmark sends it to the SPARQL endpoint).
     */
    public Query boundQuery(String name, Map<String, String> params) {
        return bind(catalog.get(name), params);
    }

    /** A copy of the query with the caller's parameters (or the declared defaults) in its VALUES block. */
    Query bind(NamedQuery nq, Map<String, String> given) {
        for (String key : given.keySet()) {
            if (nq.params().stream().noneMatch(p -> p.name().equals(key))) {
                throw new BadParameterException(key, "is not a parameter of '" + nq.name() + "' (parameters: "
                        + String.join(", ", nq.params().stream().map(QueryParam::name).toList()) + ")");
            }
        }
        Query q = nq.query().cloneQuery();
        BindingBuilder row = BindingBuilder.create();
        List<Var> vars = new ArrayList<>();
        for (QueryParam p : nq.params()) {
            String value = given.getOrDefault(p.name(), p.defaultValue());
            Node node = p.toNode(value);
            if (p.name().equals("limit")) {
                // the query's LIMIT, and ?limit too for a query whose VALUES block has it (adjacency needs it)
                q.setLimit(Math.min(Long.parseLong(node.getLiteralLexicalForm()), maxRows));
            }
            vars.add(Var.alloc(p.name()));
            row.add(Var.alloc(p.name()), node);
        }
        NamedQuery.ParameterSlot slot = NamedQuery.parameterSlot(q);
        if (!vars.isEmpty() && slot != null) {
            ElementData block = slot.block();
            slot.group().getElements().set(slot.index(),
                    new ElementData(block.getVars(), List.of(merge(block, row.build()))));
        }
        if (!q.hasLimit() || q.getLimit() > maxRows) {
            q.setLimit(maxRows);
        }
        return q;
    }

    /** The block's default row with the given parameter values put in. */
    private static Binding merge(ElementData block, Binding given) {
        BindingBuilder b = BindingBuilder.create();
        Binding defaults = block.getRows().isEmpty() ? null : block.getRows().get(0);
        for (Var v : block.getVars()) {
            Node n = given.contains(v) ? given.get(v) : defaults == null ? null : defaults.get(v);
            if (n != null) {
                b.add(v, n);
            }
        }
        return b.build();
    }
}
