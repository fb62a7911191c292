package org.canon.graph.similarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * What the skill similarity of profiles compares, read with standard SPARQL 1.1: every profile with its focus,
 * function, level, track, grade, status and mapped occupations (skos:broadMatch, skos:exactMatch or skos:closeMatch, as the
 * {@code skills} query's occupational base); the direct skills of each focus, function, track and level; the
 * skos:broader links between skills; and the O*NET Skills importance ratings of occupations.
 */
final class ProfileData {
    private static final String PREFIXES = """
            PREFIX canon: <https://w3id.org/canon/ontology#>
            PREFIX skos:  <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final Query PROFILES = QueryFactory.create(PREFIXES + """
            SELECT ?profile ?code ?focus ?function ?level ?track ?grade ?retired WHERE {
              ?profile a canon:Profile ; skos:notation ?code ; canon:focus ?focus ; canon:function ?function ;
                       canon:level ?level .
              ?level canon:track ?track ; canon:grade ?grade .
              BIND (EXISTS { ?profile canon:recordStatus canon:Retired } AS ?retired)
            } ORDER BY ?code""");
    private static final Query DIRECT_SKILLS = QueryFactory.create(PREFIXES + """
            SELECT ?origin ?skill WHERE {
              { ?origin canon:focusSkill ?skill } UNION { ?origin canon:baselineSkill ?skill }
              UNION { ?origin canon:trackSkill ?skill } UNION { ?origin canon:levelSkill ?skill }
            }""");
    private static final Query BROADER = QueryFactory.create(PREFIXES + """
            SELECT ?skill ?broader WHERE { ?skill a canon:Skill ; skos:broader ?broader }""");
    private static final Query MAPPINGS = QueryFactory.create(PREFIXES + """
            SELECT ?profile ?occupation WHERE {
              ?profile skos:broadMatch|skos:exactMatch|skos:closeMatch ?occupation
            }""");
    private static final Query RATINGS = QueryFactory.create(PREFIXES + """
            SELECT ?occupation ?element ?importance WHERE {
              ?rating canon:occupation ?occupation ; canon:ratingDomain "Skills" ; canon:element ?element ;
                      canon:importance ?importance .
            }""");

    /** One profile; {@code occupations} are the mapped ones, whether or not they have ratings. */
    record Profile(Node iri, String code, Node focus, Node function, Node level, Node track, int grade,
                   boolean retired, List<Node> occupations) {}

    final List<Profile> profiles = new ArrayList<>();
    final Map<Node, List<Node>> directSkills = new HashMap<>();
    final Map<Node, List<Node>> broader = new HashMap<>();
    /** Each rated occupation's Skills importance, by element (the elements in a fixed order). */
    final Map<Node, Map<Node, Double>> ratings = new HashMap<>();

    /**
     * @param taxonomy where the profiles and their skills are
     * @param mappings where the profiles' mappings to occupations are
     * @param onet     where the O*NET ratings are
     */
    static ProfileData read(Rows taxonomy, Rows mappings, Rows onet) {
        ProfileData d = new ProfileData();
        Map<Node, List<Node>> mapped = new HashMap<>();
        mappings.select(MAPPINGS, r -> mapped.computeIfAbsent(r.get("profile").asNode(), k -> new ArrayList<>())
                .add(r.get("occupation").asNode()));
        taxonomy.select(PROFILES, r -> {
            Node p = r.get("profile").asNode();
            List<Node> occupations = mapped.getOrDefault(p, List.of());
            occupations = occupations.stream().distinct().sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
            d.profiles.add(new Profile(p, r.getLiteral("code").getLexicalForm(), r.get("focus").asNode(),
                    r.get("function").asNode(), r.get("level").asNode(), r.get("track").asNode(),
                    r.getLiteral("grade").getInt(), r.getLiteral("retired").getBoolean(), occupations));
        });
        taxonomy.select(DIRECT_SKILLS, r -> d.directSkills.computeIfAbsent(r.get("origin").asNode(),
                k -> new ArrayList<>()).add(r.get("skill").asNode()));
        taxonomy.select(BROADER, r -> d.broader.computeIfAbsent(r.get("skill").asNode(), k -> new ArrayList<>())
                .add(r.get("broader").asNode()));
        onet.select(RATINGS, r -> d.ratings.computeIfAbsent(r.get("occupation").asNode(), k -> new TreeMap<>(
                        (a, b) -> a.toString().compareTo(b.toString())))
                .put(r.get("element").asNode(), r.getLiteral("importance").getDouble()));
        return d;
    }

    /** The elements rated, in a fixed order, and each one's mean importance over the rated occupations. */
    Map<Node, Double> meanImportance() {
        Map<Node, double[]> sums = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        ratings.values().forEach(r -> r.forEach((e, v) -> {
            double[] s = sums.computeIfAbsent(e, k -> new double[2]);
            s[0] += v;
            s[1]++;
        }));
        Map<Node, Double> means = new LinkedHashMap<>();
        sums.forEach((e, s) -> means.put(e, s[0] / s[1]));
        return means;
    }
}
