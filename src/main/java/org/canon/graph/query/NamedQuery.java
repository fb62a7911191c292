package org.canon.graph.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.canon.graph.source.SourceException;
import org.canon.graph.source.SourceFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A query file from {@code sparql/}: its name (the file name without {@code .rq}), its header and the parsed query.
 *
 * <p>The header is the block of lines starting with {@code #+} at the top of the file, in YAML:
 * {@code summary}, {@code description}, {@code params} (name, type, default, pattern, min, max, description),
 * {@code columns} (name, description) and {@code example}. Because it is a comment, the file still runs as it
 * is in the Fuseki UI, with the defaults of the parameters.
 */
public record NamedQuery(String name, String summary, String description, List<QueryParam> params,
                         Map<String, String> columns, String example, String text, Query query) {

    /**
     * Reads and parses a query file as standard SPARQL 1.1: an engine's extension (such as ARQ's LATERAL) is a
     * syntax error, so that every named query runs on any SPARQL 1.1 store.
     *
     * @throws SourceException naming the file and the line and column of a syntax error, or the header problem
     */
    public static NamedQuery read(SourceFile file) {
        String text;
        try (InputStream in = file.open()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourceException(file.name() + ": cannot read: " + e.getMessage());
        }
        String name = file.fileName().replaceFirst("\\.rq$", "");
        Map<String, Object> header = header(file, text);
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw new SourceException(file.name() + ", line " + e.getLine() + ", column " + e.getColumn() + ": "
                    + e.getMessage());
        }
        List<QueryParam> params = new ArrayList<>();
        if (header.get("params") instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> m)) {
                    throw new SourceException(file.name() + ": each entry of params must be a map (name, type, default)");
                }
                try {
                    params.add(QueryParam.fromHeader(m));
                } catch (IllegalArgumentException e) {
                    throw new SourceException(file.name() + ": bad parameter in the header: " + e.getMessage());
                }
            }
        }
        Map<String, String> columns = new LinkedHashMap<>();
        if (header.get("columns") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    columns.put(String.valueOf(m.get("name")), String.valueOf(m.get("description")));
                }
            }
        }
        NamedQuery nq = new NamedQuery(name, str(header.get("summary")), str(header.get("description")),
                List.copyOf(params), columns, str(header.get("example")), text, query);
        nq.checkParameters(file);
        return nq;
    }

    /** The VALUES block holding the parameters' defaults (see {@link #parameterSlot}), or null. */
    ElementData parameterBlock() {
        ParameterSlot slot = parameterSlot(query);
        return slot == null ? null : slot.block();
    }

    /** Where a query's parameter block sits: the group that holds it, and its position there. */
    record ParameterSlot(ElementGroup group, int index) {
        ElementData block() {
            return (ElementData) group.getElements().get(index);
        }
    }

    /**
     * The parameter block of a query: the first VALUES block met reading its WHERE clause from the top, looking
     * into sub-selects (a query that must count around the given item before it looks further puts its parameters
     * in its innermost sub-select) but not into OPTIONAL, UNION or other groups. Null when there is none.
     */
    static ParameterSlot parameterSlot(Query query) {
        return query.getQueryPattern() instanceof ElementGroup group ? parameterSlot(group) : null;
    }

    private static ParameterSlot parameterSlot(ElementGroup group) {
        List<Element> elements = group.getElements();
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof ElementData) {
                return new ParameterSlot(group, i);
            }
            if (elements.get(i) instanceof ElementSubQuery sub
                    && sub.getQuery().getQueryPattern() instanceof ElementGroup inner) {
                ParameterSlot slot = parameterSlot(inner);
                if (slot != null) {
                    return slot;
                }
            }
        }
        return null;
    }

    /** Every declared parameter other than {@code limit} must be a variable of the VALUES block. */
    private void checkParameters(SourceFile file) {
        ElementData block = parameterBlock();
        for (QueryParam p : params) {
            if (p.name().equals("limit")) {
                continue;
            }
            if (block == null || !block.getVars().contains(Var.alloc(p.name()))) {
                throw new SourceException(file.name() + ": parameter '" + p.name() + "' is declared in the header "
                        + "but is not a variable of the VALUES block at the top of the WHERE clause (or of the "
                        + "sub-select that opens it)");
            }
        }
    }

    private static Map<String, Object> header(SourceFile file, String text) {
        StringBuilder yaml = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("#+")) {
                yaml.append(line.length() > 2 && line.charAt(2) == ' ' ? line.substring(3) : line.substring(2))
                        .append('\n');
            } else if (!line.isBlank()) {
                break;
            }
        }
        if (yaml.isEmpty()) {
            throw new SourceException(file.name() + ": no '#+' header (summary, params, columns, example)");
        }
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml.toString());
            if (!(parsed instanceof Map<?, ?> map) || map.get("summary") == null) {
                throw new SourceException(file.name() + ": the '#+' header has no summary");
            }
            Map<String, Object> header = new LinkedHashMap<>();
            map.forEach((k, v) -> header.put(String.valueOf(k), v));
            return header;
        } catch (RuntimeException e) {
            if (e instanceof SourceException le) {
                throw le;
            }
            throw new SourceException(file.name() + ": the '#+' header is not valid YAML: " + e.getMessage());
        }
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o).strip();
    }
}
