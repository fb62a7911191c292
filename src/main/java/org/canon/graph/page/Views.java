package org.canon.graph.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.canon.graph.query.QueryRow;
import org.canon.graph.vocab.Canon;

/** What the templates show, beyond the answers' own records: linked values, statement groups, the taxonomy tree. */
public final class Views {
    private Views() {}

    /** A value of a statement: text, and where it links to (null for a literal). */
    public record Value(String text, String href, String code) {}

    /** The values of one property of a resource, out (its facts) or in (what links to it). */
    public record Fact(String property, String propertyLabel, List<Value> values) {}

    /** A function of the tree with its focuses. */
    public record TreeFunction(String code, String label, String href, List<TreeFocus> focuses) {}

    /** A focus of the tree with its profiles by track. */
    public record TreeFocus(String code, String label, String href, List<TreeTrack> tracks) {}

    /** The profiles of a focus on one track, lowest level first. */
    public record TreeTrack(String code, String label, List<Link> profiles) {}

    /** Groups statements by property, in the order given. */
    static List<Fact> facts(List<PageQueries.Statement> statements) {
        Map<String, List<Value>> values = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (PageQueries.Statement s : statements) {
            labels.putIfAbsent(s.property(), s.propertyLabel());
            String iri = s.valueIri();
            String text = iri == null ? s.value().isLiteral() ? s.value().asLiteral().getLexicalForm()
                    : s.value().toString() : s.valueLabel() != null ? s.valueLabel() : RdfView.PREFIXES.shortForm(iri);
            values.computeIfAbsent(s.property(), k -> new ArrayList<>())
                    .add(new Value(text, iri == null ? null : Iris.href(iri), s.valueCode()));
        }
        return values.entrySet().stream().map(e -> new Fact(e.getKey(), labels.get(e.getKey()), e.getValue())).toList();
    }

    /** The tree of the rows of the {@code taxonomy-tree} query: functions, their focuses, their tracks' profiles. */
    static List<TreeFunction> tree(List<QueryRow> rows) {
        Map<String, TreeFunction> functions = new LinkedHashMap<>();
        Map<String, TreeFocus> focuses = new LinkedHashMap<>();
        Map<String, TreeTrack> tracks = new LinkedHashMap<>();
        for (QueryRow r : rows) {
            String fn = r.text("functionCode");
            TreeFunction function = functions.computeIfAbsent(fn, k -> new TreeFunction(k, r.text("functionLabel"),
                    Iris.href(Canon.id("function", k)), new ArrayList<>()));
            String fc = r.text("focusCode");
            TreeFocus focus = focuses.computeIfAbsent(fc, k -> {
                TreeFocus f = new TreeFocus(k, r.text("focusLabel"), Iris.href(Canon.id("focus", k)), new ArrayList<>());
                function.focuses().add(f);
                return f;
            });
            String profile = r.text("profileCode");
            if (profile != null) {
                TreeTrack track = tracks.computeIfAbsent(fc + " " + r.text("trackCode"), k -> {
                    TreeTrack t = new TreeTrack(r.text("trackCode"), r.text("trackLabel"), new ArrayList<>());
                    focus.tracks().add(t);
                    return t;
                });
                track.profiles().add(new Link(r.text("levelCode"), Iris.href(Canon.profile(profile)), profile));
            }
        }
        return List.copyOf(functions.values());
    }
}
