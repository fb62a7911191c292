package org.canon.graph.config;

import java.util.Optional;
import org.canon.graph.CanonGraphApplication;
import org.canon.graph.evaluate.CrosswalkEvaluation;
import org.canon.graph.evaluate.RelatedOccupationsEvaluation;
import org.canon.graph.similarity.SimilarityBuilder;
import org.canon.graph.store.CanonStore;
import org.canon.graph.suggest.ScoringModel;
import org.canon.graph.suggest.SuggestionBuilder;
import org.canon.graph.suggest.SuggestionService;
import org.canon.graph.text.TextIndexBuilder;
import org.canon.graph.text.TextIndexFolder;
import org.canon.graph.text.TextIndexes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;

/**
 * Wires what loads and imports derive from the store (the similarity graphs, the text index, the crosswalk
 * suggestions: each a {@link org.canon.graph.derive.DerivedGraphBuilder}, run in {@link Order}), the services that
 * read them and the evaluations that score them.
 */
@Configuration(proxyBeanMethods = false)
public class DerivedConfiguration {

    @Bean
    @Order(50)
    public SimilarityBuilder similarityBuilder() {
        return new SimilarityBuilder();
    }

    @Bean
    @Lazy
    public RelatedOccupationsEvaluation relatedOccupationsEvaluation(ObjectProvider<CanonStore> store) {
        return new RelatedOccupationsEvaluation(store::getObject);
    }

    @Bean
    public TextIndexFolder textIndexFolder(CanonProperties settings) {
        return new TextIndexFolder(settings.getText().resolve(settings.getStore().getDir()));
    }

    @Bean(destroyMethod = "close")
    public TextIndexes textIndexes(TextIndexFolder folder) {
        return new TextIndexes(folder);
    }

    @Bean
    @Order(100)
    public TextIndexBuilder textIndexBuilder(TextIndexFolder folder, TextIndexes indexes) {
        return new TextIndexBuilder(folder, indexes::use);
    }

    @Bean
    public ScoringModel scoringModel() {
        return ScoringModel.shipped();
    }

    @Bean
    @Order(200)
    public SuggestionBuilder suggestionBuilder(ScoringModel model, CanonProperties settings) {
        return new SuggestionBuilder(model, settings.getSuggestions().getMaterialised(), version());
    }

    @Bean
    @Lazy
    public SuggestionService suggestionService(CanonStore store, TextIndexes indexes, ScoringModel model) {
        return new SuggestionService(store, indexes, model);
    }

    @Bean
    @Lazy
    public CrosswalkEvaluation crosswalkEvaluation(@Lazy SuggestionService suggestions) {
        return new CrosswalkEvaluation(suggestions::engine);
    }

    /** The software's version from the jar's manifest ({@code dev} when run from classes). */
    static String version() {
        return "canon-graph " + Optional.ofNullable(CanonGraphApplication.class.getPackage().getImplementationVersion())
                .orElse("dev");
    }
}
