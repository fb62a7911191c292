package org.canon.graph.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.canon.graph.api.NotFoundException;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.store.CanonStore;
import org.springframework.stereotype.Service;

/**
 * The questions people ask of one profile, each answered by its named query: the card ({@code profile}),
 * nearby roles ({@code adjacency}), effective skills ({@code skills}), next steps ({@code career-paths}) and
 * external codes ({@code crosswalk}); and profile search ({@code search}).
 */
@Service
public class ProfileService {
    private static final Query EXISTS = QueryFactory.create("""
            PREFIX canon: <https://w3id.org/canon/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            ASK { ?p a canon:Profile ; skos:notation ?code }""");
    private final QueryRunner runner;
    private final CanonStore store;

    public ProfileService(QueryRunner runner, CanonStore store) {
        this.runner = runner;
        this.store = store;
    }

    /** The card of a profile, or empty when there is no profile with that code. */
    public Optional<Map<String, Object>> card(String code) {
        Model model = runner.construct("profile", Map.of("code", code));
        return ProfileCard.from(model, code);
    }

    /** Whether a profile has this code. */
    public boolean exists(String code) {
        try (RDFConnection conn = store.connect()) {
            return Txn.calculateRead(conn, () -> conn.newQuery().query(EXISTS)
                    .substitution("code", ResourceFactory.createStringLiteral(code)).ask());
        }
    }

    /**
     * Runs a per-profile named query for an existing profile.
     *
     * @throws NotFoundException when no profile has the code
     */
    public List<Map<String, Object>> about(String query, String code, Map<String, String> more) {
        Map<String, String> params = new LinkedHashMap<>(more);
        params.put("code", code);
        List<Map<String, Object>> rows = runner.rows(query, params);
        if (rows.isEmpty() && !exists(code)) {
            throw new NotFoundException("No profile with code '" + code + "'");
        }
        return rows;
    }

    /** Profiles matching the words of {@code q}, best first. */
    public List<Map<String, Object>> search(Map<String, String> params) {
        return runner.rows("search", params);
    }
}
