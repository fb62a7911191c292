package org.canon.graph.bench;

import java.nio.file.Path;
import java.util.List;
import org.canon.graph.config.CanonProperties;
import org.canon.graph.derive.DerivedGraphBuilder;
import org.canon.graph.similarity.SimilarityBuilder;
import org.canon.graph.suggest.ScoringModel;
import org.canon.graph.suggest.SuggestionBuilder;
import org.canon.graph.text.TextIndexBuilder;
import org.canon.graph.text.TextIndexFolder;

/**
 * The graphs the service derives at every load and import, built the same way for a store the benchmark loads or
 * imports into: the similar occupations and profiles, the text index (written beside the store, where the service
 * looks for it, so that a service started on the store uses it instead of building it at start-up) and the
 * crosswalk suggestions, in the service's order and with its default settings.
 */
final class ServiceBuilders {
    private ServiceBuilders() {}

    static List<DerivedGraphBuilder> forStore(Path store) {
        return List.of(new SimilarityBuilder(),
                new TextIndexBuilder(new TextIndexFolder(new CanonProperties.Text().resolve(store)), index -> {}),
                new SuggestionBuilder(ScoringModel.shipped(), new CanonProperties.Suggestions().getMaterialised(), "bench"));
    }
}
