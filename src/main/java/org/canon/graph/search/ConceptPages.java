package org.canon.graph.search;

import java.util.Optional;

/** Where this service shows a concept: the path of its page, when it has one. The pages provide it. */
public interface ConceptPages {

    /** The path of the concept's page on this service ({@code /id/profile/HEALTH.HEALTHIN8668.M3}), if any. */
    Optional<String> path(String iri);
}
