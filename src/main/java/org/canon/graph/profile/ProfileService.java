package org.canon.graph.profile;

import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.canon.graph.query.QueryRunner;
import org.springframework.stereotype.Service;

/** Profile cards, from the {@code profile} named query. */
@Service
public class ProfileService {
    private final QueryRunner runner;

    public ProfileService(QueryRunner runner) {
        this.runner = runner;
    }

    /** The card of a profile, or empty when there is no profile with that code. */
    public Optional<Map<String, Object>> card(String code) {
        Model model = runner.construct("profile", Map.of("code", code));
        return ProfileCard.from(model, code);
    }
}
