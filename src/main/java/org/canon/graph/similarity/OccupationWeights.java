package org.canon.graph.similarity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.canon.graph.similarity.OccupationComponents.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The weights of the occupation similarity's components, with how they were fitted and the figures the fit
 * reached. The weights in use are the resource {@value #RESOURCE}, written by
 * {@code java -jar canon-graph.jar evaluate related --fit --reference FILE} and committed; a weight of 0 leaves its
 * component out.
 *
 * @param weights one weight per component, summing to 1
 * @param fit     how the weights were fitted and what they reached (reference file, folds, precision@10 ...)
 */
public record OccupationWeights(Map<Component, Double> weights, Map<String, Object> fit) {
    public static final String RESOURCE = "/similarity/occupation-weights.json";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public OccupationWeights {
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (weights.size() != Component.ALL.size() || sum <= 0
                || weights.values().stream().anyMatch(w -> w < 0 || w.isNaN())) {
            throw new IllegalArgumentException("need a weight of 0 or more for each of the " + Component.ALL.size()
                    + " components, not all 0: " + weights);
        }
        Map<Component, Double> normalised = new EnumMap<>(Component.class);
        weights.forEach((c, w) -> normalised.put(c, w / sum));
        weights = Map.copyOf(normalised);
        fit = Map.copyOf(fit);
    }

    /** The committed weights. */
    public static OccupationWeights shipped() {
        try (InputStream in = OccupationWeights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Reads a weights file's text (as {@link #toJson} writes it). */
    public static OccupationWeights parse(String text) {
        JsonNode json = JSON.readTree(text);
        Map<Component, Double> weights = new EnumMap<>(Component.class);
        for (Component c : Component.ALL) {
            JsonNode w = json.path("weights").path(c.key);
            if (!w.isNumber()) {
                throw new IllegalArgumentException(RESOURCE + ": no weight for " + c.key);
            }
            weights.put(c, w.asDouble());
        }
        Map<String, Object> fit = new LinkedHashMap<>();
        json.path("fit").properties().forEach(e -> fit.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class)));
        return new OccupationWeights(weights, fit);
    }

    public double weight(Component c) {
        return weights.get(c);
    }

    /** The weights file: the weights (rounded to 6 places) by component name, then the fit. */
    public String toJson() {
        Map<String, Object> w = new LinkedHashMap<>();
        for (Component c : Component.ALL) {
            w.put(c.key, Math.round(weights.get(c) * 1_000_000) / 1_000_000.0);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("description", "Weights of the occupation similarity's components (org.canon.graph.similarity."
                + "OccupationComponents): score = sum of weight x component over the components that apply to the pair, "
                + "divided by the sum of their weights.");
        all.put("weights", w);
        all.put("fit", new java.util.TreeMap<>(fit));
        return JSON.writeValueAsString(all) + "\n";
    }

    /** A short text of the weights, e.g. for the graph's description: {@code skills 0.37, knowledge 0.47, ...}. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        for (Component c : Component.ALL) {
            s.append(s.isEmpty() ? "" : ", ").append(c.key).append(' ').append(String.format(java.util.Locale.ROOT, "%.4f", weights.get(c)));
        }
        return s.toString();
    }
}
