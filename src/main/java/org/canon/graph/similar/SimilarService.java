package org.canon.graph.similar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.canon.graph.query.NotFoundException;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.store.CanonStore;
import org.springframework.stereotype.Service;

/** Similar occupations and skill-similar profiles, each from its named query, as typed records. */
@Service
public class SimilarService {
    private static final Query OCCUPATION_EXISTS = QueryFactory.create("""
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            ASK { ?o skos:notation ?code ; skos:inScheme <https://w3id.org/canon/external/onet-soc> }""");
    private static final Query PROFILE_EXISTS = QueryFactory.create("""
            PREFIX canon: <https://w3id.org/canon/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            ASK { ?p a canon:Profile ; skos:notation ?code }""");
    private final QueryRunner runner;
    private final CanonStore store;

    public SimilarService(QueryRunner runner, CanonStore store) {
        this.runner = runner;
        this.store = store;
    }

    /**
     * The occupations most similar to one occupation (query {@code similar-occupations}).
     *
     * @throws NotFoundException when the scheme has no occupation with that code
     */
    List<SimilarOccupation> occupations(Map<String, String> params) {
        List<Map<String, Object>> rows = runner.rows("similar-occupations", params);
        if (rows.isEmpty() && !ask(OCCUPATION_EXISTS, params.get("code"))) {
            throw new NotFoundException("No occupation with code '" + params.get("code") + "' in scheme "
                    + params.getOrDefault("scheme", "onet-soc") + " (is O*NET imported?)");
        }
        return rows.stream().map(SimilarOccupation::of).toList();
    }

    /**
     * The profiles nearest to one profile by skills (query {@code similar-profiles}), ranked from 1.
     *
     * @throws NotFoundException when no profile has the code
     */
    List<SimilarProfile> profiles(Map<String, String> params) {
        List<Map<String, Object>> rows = runner.rows("similar-profiles", params);
        if (rows.isEmpty() && !ask(PROFILE_EXISTS, params.get("code"))) {
            throw new NotFoundException("No profile with code '" + params.get("code") + "'");
        }
        return java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> SimilarProfile.of(i + 1, rows.get(i)))
                .toList();
    }

    private boolean ask(Query ask, String code) {
        try (RDFConnection conn = store.connect()) {
            return Txn.calculateRead(conn, () -> conn.newQuery().query(ask)
                    .substitution("code", ResourceFactory.createStringLiteral(code)).ask());
        }
    }

    /** The parameters the caller gave (nulls left out, so the query's defaults apply). */
    static Map<String, String> given(String... namesAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                m.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return m;
    }
}
