package org.canon.graph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.canon.graph.query.NamedQuery;
import org.canon.graph.query.QueryParam;
import org.canon.graph.query.QueryRunner;

/**
 * One named query with typical parameters: one parameter set per sample taken from the generated taxonomy (the runs
 * go round them, so that no single answer sits in a cache), and the SPARQL text each set binds to, as the runner
 * binds it, for sending the same query to the SPARQL endpoint.
 *
 * <p>A parameter is given a value when its default shows what it is: a profile code (FUNCTION.FOCUS.LEVEL) gets a
 * sample profile, an O*NET-SOC code a sample occupation, {@code q} a focus name and {@code skill} a focus skill; the
 * others keep their defaults (limits, distances, schemes) unless the case is a variant, which sets some of them
 * ({@code adjacency mode=blend}). {@code label} names the case in the results: the query's name, then a variant's
 * settings.
 */
record QueryCase(String name, String label, boolean construct, List<Map<String, String>> params, List<String> sparql) {
    private static final Pattern PROFILE_CODE = Pattern.compile("[A-Z]+\\.[A-Z]+[0-9]+\\.[MP][0-9]");
    private static final Pattern ONET_CODE = Pattern.compile("[0-9]{2}-[0-9]{4}\\.[0-9]{2}");

    static QueryCase of(NamedQuery q, QueryRunner runner, List<GeneratedTaxonomy.Sample> samples) {
        return of(q, Map.of(), runner, samples);
    }

    /** The query with {@code settings} added to each sample's parameters (none: the query as it is). */
    static QueryCase of(NamedQuery q, Map<String, String> settings, QueryRunner runner,
                        List<GeneratedTaxonomy.Sample> samples) {
        List<Map<String, String>> params = new ArrayList<>();
        List<String> sparql = new ArrayList<>();
        for (GeneratedTaxonomy.Sample s : samples) {
            Map<String, String> p = params(q, s);
            p.putAll(settings);
            params.add(p);
            sparql.add(runner.boundQuery(q.name(), p).serialize());
        }
        StringBuilder label = new StringBuilder(q.name());
        new java.util.TreeMap<>(settings).forEach((k, v) -> label.append(' ').append(k).append('=').append(v));
        return new QueryCase(q.name(), label.toString(), q.query().isConstructType(), params, sparql);
    }

    static Map<String, String> params(NamedQuery q, GeneratedTaxonomy.Sample s) {
        Map<String, String> values = new LinkedHashMap<>();
        for (QueryParam p : q.params()) {
            String d = p.defaultValue() == null ? "" : p.defaultValue();
            if (PROFILE_CODE.matcher(d).matches()) {
                values.put(p.name(), s.profileCode());
            } else if (ONET_CODE.matcher(d).matches()) {
                values.put(p.name(), s.onetCode());
            } else if (p.name().equals("q")) {
                values.put(p.name(), Texts.lower(s.focusName()));
            } else if (p.name().equals("skill")) {
                values.put(p.name(), s.skillSlug());
            }
        }
        return values;
    }

    /** Evenly spaced samples, at most {@code count}. */
    static List<GeneratedTaxonomy.Sample> spread(List<GeneratedTaxonomy.Sample> all, int count) {
        List<GeneratedTaxonomy.Sample> picked = new ArrayList<>();
        for (int i = 0; i < Math.min(count, all.size()); i++) {
            picked.add(all.get((int) ((long) i * all.size() / Math.min(count, all.size()) + all.size() / (2L * count)) % all.size()));
        }
        return picked;
    }

    String accept() {
        return construct ? "text/turtle" : "application/sparql-results+json";
    }
}
