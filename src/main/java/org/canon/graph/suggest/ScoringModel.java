package org.canon.graph.suggest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule that turns a candidate's evidence into its score: logistic regression,
 * {@code score = 1 / (1 + exp(-(intercept + sum of weight(f) * value(f))))}, a number in [0, 1]. The weights are
 * fitted on the development half of Nesta's expert ESCO-O*NET crosswalk ({@code evaluate crosswalk --fit}) and
 * shipped in {@value #RESOURCE} with the date, the reference and the figures of the fit.
 */
public record ScoringModel(double intercept, Map<Feature, Double> weights, Map<String, Object> about) {
    /** The shipped weights (class-path resource). */
    public static final String RESOURCE = "/org/canon/graph/suggest/suggestion-weights.json";

    /** The probability-like score of one feature vector. */
    public double score(double[] values) {
        double z = intercept;
        for (Feature f : Feature.values()) {
            z += weights.getOrDefault(f, 0.0) * values[f.ordinal()];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The shipped model. */
    public static ScoringModel shipped() {
        try (InputStream in = ScoringModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The suggestion weights " + RESOURCE + " are not on the class path");
            }
            return parse(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ScoringModel parse(JsonNode json) {
        Map<Feature, Double> w = new EnumMap<>(Feature.class);
        for (Feature f : Feature.values()) {
            JsonNode v = json.path("weights").path(f.key());
            w.put(f, v.isNumber() ? v.asDouble() : 0.0);
        }
        Map<String, Object> about = new LinkedHashMap<>();
        json.properties().forEach(e -> {
            if (!e.getKey().equals("weights") && !e.getKey().equals("intercept")) {
                about.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asString() : e.getValue().toString());
            }
        });
        return new ScoringModel(json.path("intercept").asDouble(), w, about);
    }

    /** When and on what the weights were fitted (from the weights file), e.g. for sssom:mapping_tool_version. */
    public String version() {
        return String.valueOf(about.getOrDefault("fitted", "unfitted"));
    }
}
