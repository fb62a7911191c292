package org.canon.graph.page;

import java.util.Optional;
import org.canon.graph.search.ConceptPages;
import org.springframework.stereotype.Component;

/** Tells search where a concept's page is: the path {@link Iris#page} gives its IRI on this service. */
@Component
class ConceptPageLinks implements ConceptPages {

    @Override
    public Optional<String> path(String iri) {
        return Iris.page(iri);
    }
}
