package org.canon.graph.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.canon.graph.query.NotFoundException;
import org.canon.graph.query.QueryRow;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.store.CanonStore;
import org.springframework.stereotype.Service;

/**
 * The questions people ask of one profile, each answered by its named query: the card ({@code profile}, with
 * {@code skills} and {@code adjacency}), nearby roles ({@code adjacency}), effective skills ({@code skills}), next
 * steps ({@code career-paths}) and external codes ({@code crosswalk}).
 * Parameters are passed on as the caller gave them: the runner checks them against the queries' headers.
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
    public Optional<ProfileCard> card(String code) {
        Map<String, String> params = Map.of("code", code);
        Model model = runner.construct("profile", params);
        if (model.isEmpty()) {
            return Optional.empty();
        }
        return CardAssembler.assemble(model, code, runner.rows("skills", params, EffectiveSkill::of),
                runner.rows("adjacency", params, AdjacentRole::of));
    }

    /**
     * The nearest profiles, ranked by {@code mode}; {@code limit}, {@code maxDistance} and {@code mode} may be null
     * for the query's defaults.
     */
    public List<AdjacentRole> adjacent(String code, Integer limit, java.math.BigDecimal maxDistance, AdjacencyMode mode) {
        return about("adjacency", code, given("limit", limit, "maxDistance",
                maxDistance == null ? null : maxDistance.toPlainString(), "mode", mode), AdjacentRole::of);
    }

    /** The effective skills with their sources. */
    public List<EffectiveSkill> skills(String code) {
        return about("skills", code, Map.of(), EffectiveSkill::of);
    }

    /**
     * The next steps: up, across, sideways, and the {@code otherFunctions} highest-blend moves into other functions
     * (null for the query's default, none).
     */
    public List<CareerStep> careerPaths(String code, Integer otherFunctions) {
        return about("career-paths", code, given("otherFunctions", otherFunctions), CareerStep::of);
    }

    /** The external codes of the profile, in one scheme or (null) all. */
    public List<CrosswalkEntry> crosswalk(String code, String scheme) {
        return about("crosswalk", code, given("scheme", scheme), CrosswalkEntry::of);
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
    private <T> List<T> about(String query, String code, Map<String, String> more, Function<QueryRow, T> as) {
        Map<String, String> params = new LinkedHashMap<>(more);
        params.put("code", code);
        List<T> rows = runner.rows(query, params, as);
        if (rows.isEmpty() && !exists(code)) {
            throw new NotFoundException("No profile with code '" + code + "'");
        }
        return rows;
    }

    /** The parameters given (nulls left out, so that the query's defaults apply), as text. */
    private static Map<String, String> given(Object... namesAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                m.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
            }
        }
        return m;
    }
}
