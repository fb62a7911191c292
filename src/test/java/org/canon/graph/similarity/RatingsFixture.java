package org.canon.graph.similarity;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.canon.graph.external.ExternalImporter;
import org.canon.graph.external.ExternalIris;
import org.canon.graph.similarity.OccupationComponents.Component;

/**
 * The hand-made O*NET files of {@code src/test/resources/similarity/onet}, whose nearest neighbours are known.
 * Seven occupations: 15-1211.00 Computer Systems Analysts and its nearest, 15-1211.01 Health Informatics Specialists
 * (same SOC occupation, nearly the same ratings, titles with "systems" and "analyst"), then 15-1252.00 Software
 * Developers (same SOC minor group, close ratings, "systems" in a title); two managers (11-9111.00, 11-3031.01); a
 * nurse (29-1141.00, job zone 3); and 35-2014.00 Cooks, Restaurant: no ratings, job zone 2, no word in common with
 * any other occupation.
 */
final class RatingsFixture {
    static final Path FOLDER = Path.of("src/test/resources/similarity/onet");

    private RatingsFixture() {}

    /** The O*NET graph the importer makes of the fixture. */
    static Graph onet() {
        return new ExternalImporter().prepare(List.of(FOLDER), null).graphs().get(ExternalIris.GRAPH_ONET);
    }

    /** Weights with only the given components, each 1. */
    static OccupationWeights only(Component... components) {
        Map<Component, Double> w = new EnumMap<>(Component.class);
        Component.ALL.forEach(c -> w.put(c, 0.0));
        for (Component c : components) {
            w.put(c, 1.0);
        }
        return new OccupationWeights(w, Map.of());
    }
}
