package org.canon.graph.query;

import java.util.Map;

/**
 * One row of a SELECT answer, read by column name as plain values (see {@link QueryRunner#rows}): IRIs and
 * strings as text, numbers, booleans. A column that is unbound in the row reads as null.
 *
 * <pre>{@code
 * List<Hit> hits = runner.rows("search", Map.of("q", "informatics"),
 *         row -> new Hit(row.text("code"), row.integer("score")));
 * }</pre>
 */
public record QueryRow(Map<String, Object> values) {

    /** The column as text: a string's lexical form, an IRI, or a number or boolean as written. */
    public String text(String column) {
        Object v = values.get(column);
        return v == null ? null : String.valueOf(v);
    }

    /** The column as a number (xsd:decimal, xsd:double, xsd:integer, ...). */
    public Double number(String column) {
        return values.get(column) instanceof Number n ? n.doubleValue() : null;
    }

    /** The column as a whole number. */
    public Integer integer(String column) {
        return values.get(column) instanceof Number n ? Math.toIntExact(n.longValue()) : null;
    }

    /** The column as a boolean. */
    public Boolean bool(String column) {
        return values.get(column) instanceof Boolean b ? b : null;
    }
}
