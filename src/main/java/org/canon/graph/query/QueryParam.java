package org.canon.graph.query;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;

/**
 * One parameter of a named query, as its header declares it: name, type, default, optional pattern and range.
 * In the query text the parameter is the variable of the same name in the query's first {@code VALUES} block,
 * whose row holds the defaults; {@code limit} sets the query's LIMIT instead (and {@code ?limit} too, when the
 * VALUES block has that variable, for a query that needs to know how many rows are asked for).
 */
public record QueryParam(String name, Type type, String defaultValue, String pattern, BigDecimal min,
                         BigDecimal max, String description) {

    /** Parameter types. */
    public enum Type {
        STRING, INTEGER, DECIMAL, IRI, BOOLEAN;

        static Type parse(String s) {
            return s == null ? STRING : Type.valueOf(s.trim().toUpperCase());
        }
    }

    static QueryParam fromHeader(Map<?, ?> m) {
        Object name = m.get("name");
        if (name == null) {
            throw new IllegalArgumentException("a parameter has no name");
        }
        return new QueryParam(String.valueOf(name), Type.parse(str(m.get("type"))), str(m.get("default")),
                str(m.get("pattern")), dec(m.get("min")), dec(m.get("max")), str(m.get("description")));
    }

    /**
     * The RDF term for a value given by a caller.
     *
     * @throws BadParameterException naming this parameter when the value does not fit its type, pattern or range
     */
    public Node toNode(String value) {
        if (value == null) {
            throw new BadParameterException(name, "is required");
        }
        if (pattern != null && !Pattern.compile(pattern).matcher(value).matches()) {
            throw new BadParameterException(name, "'" + abbreviate(value) + "' does not match " + pattern);
        }
        return switch (type) {
            case STRING -> NodeFactory.createLiteralString(value);
            case INTEGER -> {
                BigDecimal d = number(value);
                if (d.stripTrailingZeros().scale() > 0) {
                    throw new BadParameterException(name, "'" + abbreviate(value) + "' is not a whole number");
                }
                yield NodeFactory.createLiteralDT(d.toBigInteger().toString(), XSDDatatype.XSDinteger);
            }
            case DECIMAL -> NodeFactory.createLiteralDT(number(value).toPlainString(), XSDDatatype.XSDdecimal);
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new BadParameterException(name, "'" + abbreviate(value) + "' is not true or false");
                }
                yield NodeFactory.createLiteralDT(value, XSDDatatype.XSDboolean);
            }
            case IRI -> {
                boolean absolute;
                try {
                    absolute = IRIx.create(value).isAbsolute();
                } catch (RuntimeException e) {
                    absolute = false;
                }
                if (!absolute) {
                    throw new BadParameterException(name, "'" + abbreviate(value) + "' is not an absolute IRI");
                }
                yield NodeFactory.createURI(value);
            }
        };
    }

    private BigDecimal number(String value) {
        BigDecimal d;
        try {
            d = new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "'" + abbreviate(value) + "' is not a number");
        }
        if (min != null && d.compareTo(min) < 0) {
            throw new BadParameterException(name, d.toPlainString() + " is below the minimum " + min.toPlainString());
        }
        if (max != null && d.compareTo(max) > 0) {
            throw new BadParameterException(name, d.toPlainString() + " is above the maximum " + max.toPlainString());
        }
        return d;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static BigDecimal dec(Object o) {
        return o == null ? null : new BigDecimal(String.valueOf(o));
    }
}
