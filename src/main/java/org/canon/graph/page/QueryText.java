package org.canon.graph.page;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.util.FmtUtils;
import org.canon.graph.query.NamedQuery;
import org.canon.graph.query.QueryRunner;

/**
 * The text of a named query with a caller's parameters in it, to show and to run elsewhere (the editor, the Fuseki
 * UI): the file as written, header and comments kept, with its {@code VALUES} row and its {@code LIMIT} replaced by
 * those of the query the runner binds (the values checked and written as SPARQL terms by Jena, never pasted). The
 * result is parsed again and compared with the runner's query; if they differ, the runner's query is written out
 * instead, so the text always runs the same query as the API.
 */
final class QueryText {
    private static final Pattern VALUES_LINE = Pattern.compile("(?m)^([ \\t]*)VALUES\\b[^\\n]*$");
    private static final Pattern LIMIT_LINE = Pattern.compile("(?m)^LIMIT[ \\t]+\\d+[ \\t]*$");

    private QueryText() {}

    /** The named query's text with these parameters (checked by the runner; bad ones throw its exception). */
    static String of(QueryRunner runner, String name, Map<String, String> params) {
        NamedQuery nq = runner.catalog().get(name);
        Query bound = runner.boundQuery(name, params);
        String text = nq.text();
        ElementData data = NamedQuery.parameterValues(bound);
        Matcher values = VALUES_LINE.matcher(text);
        if (data != null && values.find()) {
            text = text.substring(0, values.start()) + values.group(1) + values(data) + text.substring(values.end());
        }
        Matcher limit = LIMIT_LINE.matcher(text);
        int last = -1;
        int end = -1;
        while (limit.find()) {
            last = limit.start();
            end = limit.end();
        }
        if (last >= 0 && bound.hasLimit()) {
            text = text.substring(0, last) + "LIMIT " + bound.getLimit() + text.substring(end);
        }
        return sameQuery(text, bound) ? text : bound.serialize();
    }

    /** The VALUES clause of a data block, on one line. */
    static String values(ElementData data) {
        List<Var> vars = data.getVars();
        Binding row = data.getRows().isEmpty() ? null : data.getRows().get(0);
        String terms = vars.stream().map(v -> {
            Node n = row == null ? null : row.get(v);
            return n == null ? "UNDEF" : FmtUtils.stringForNode(n);
        }).collect(Collectors.joining(" "));
        String names = vars.stream().map(v -> "?" + v.getVarName()).collect(Collectors.joining(" "));
        return vars.size() == 1 ? "VALUES " + names + " { " + terms + " }"
                : "VALUES (" + names + ") { (" + terms + ") }";
    }

    private static boolean sameQuery(String text, Query bound) {
        try {
            Query q = QueryFactory.create(text, Syntax.syntaxARQ);
            if (!q.hasLimit() && bound.hasLimit()) {
                q.setLimit(bound.getLimit());
            }
            return q.equals(bound);
        } catch (QueryParseException e) {
            return false;
        }
    }
}
