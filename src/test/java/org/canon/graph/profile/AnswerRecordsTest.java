package org.canon.graph.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import org.canon.graph.query.QueryCatalog;
import org.canon.graph.source.SourceLayout;
import org.junit.jupiter.api.Test;

/**
 * Each typed answer has exactly the result columns of the named query it is read from, so that a column added to or
 * renamed in a query cannot be lost on its way to JSON.
 */
class AnswerRecordsTest {
    static final Map<String, Class<? extends Record>> ANSWERS = Map.of("adjacency", AdjacentRole.class,
            "skills", EffectiveSkill.class, "career-paths", CareerStep.class, "crosswalk", CrosswalkEntry.class,
            "search", SearchHit.class);

    @Test
    void everyAnswerHasTheColumnsOfItsQuery() {
        QueryCatalog catalog = new QueryCatalog(SourceLayout.shipped());
        ANSWERS.forEach((query, type) -> assertThat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName))
                .as(query).containsExactlyElementsOf(catalog.get(query).query().getResultVars()));
    }
}
