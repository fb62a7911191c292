package org.canon.graph.evaluate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.canon.graph.similarity.OccupationComponents.Component;
import org.canon.graph.similarity.OccupationWeights;
import org.canon.graph.similarity.SimilarOccupations;

/**
 * Fits the weights of the occupation similarity on a reference of related occupations: coordinate ascent on the
 * mean precision@10 over the reference's source occupations (an aggregate, never one occupation at a time).
 * Every weight starts at 1; each step tries, component by component, multiplying the weight by the step, dividing
 * it by the step, setting it to 0, or (for a weight at 0) setting it to 0.05 times the largest weight, keeps the
 * first change that raises the mean, and repeats until no change does; the steps are 4, 2, 1.5 and 1.2 in turn.
 *
 * <p>The fit is cross-validated by source occupation: the sources, in code order, are dealt into {@value #FOLDS}
 * folds (position mod 5); each fold is scored with weights fitted on the other four. The weights kept are then
 * fitted on all the sources. The reference is only the target of the fit: it is never an input of the similarity.
 */
final class RelatedOccupationsFit {
    static final int FOLDS = 5;
    private static final double[] STEPS = {4, 2, 1.5, 1.2};
    private final SimilarOccupations similar;
    private final Map<String, Set<String>> truth;
    private final Consumer<String> progress;

    /**
     * @param truth    the reference's primary related occupations by source (sources unknown to {@code similar} are
     *                 left out)
     * @param progress where to report each fitted fold
     */
    RelatedOccupationsFit(SimilarOccupations similar, Map<String, Set<String>> truth, Consumer<String> progress) {
        this.similar = similar;
        Set<String> known = Set.copyOf(similar.codes());
        this.truth = new LinkedHashMap<>();
        truth.keySet().stream().filter(known::contains).sorted().forEach(c -> this.truth.put(c, truth.get(c)));
        this.progress = progress;
    }

    /** Cross-validates, then fits on all the sources; the weights carry the figures in their {@code fit}. */
    OccupationWeights run(String referenceName) {
        List<String> sources = new ArrayList<>(truth.keySet());
        List<Double> foldPrecision = new ArrayList<>();
        Map<String, List<String>> heldOut = new LinkedHashMap<>();
        for (int f = 0; f < FOLDS; f++) {
            List<String> train = new ArrayList<>();
            List<String> test = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                (i % FOLDS == f ? test : train).add(sources.get(i));
            }
            OccupationWeights w = fit(train);
            test.forEach(code -> heldOut.put(code, similar.nearest(code, w, SimilarOccupations.TOP)));
            double p = RelatedScores.of(heldOut::get, truth, test).precision10();
            foldPrecision.add(RelatedScores.round(p));
            progress.accept("fold " + (f + 1) + " of " + FOLDS + ": precision@10 " + RelatedScores.round(p)
                    + " on " + test.size() + " held-out occupations (" + w.summary() + ")");
        }
        RelatedScores crossValidated = RelatedScores.of(heldOut::get, truth, sources);
        OccupationWeights w = fit(sources);
        RelatedScores inSample = scores(w, sources);
        RelatedScores baseline = scores(baseline(), sources);
        Map<String, Object> fit = new LinkedHashMap<>();
        fit.put("reference", referenceName);
        fit.put("method", "coordinate ascent on mean precision@10, steps x4 x2 x1.5 x1.2 from all weights 1; "
                + FOLDS + "-fold cross-validation by source occupation (sources in code order, fold = position mod "
                + FOLDS + "); the weights are then fitted on all sources");
        fit.put("crossValidated", crossValidated.toMap());
        fit.put("crossValidatedFolds", foldPrecision);
        fit.put("inSample", inSample.toMap());
        fit.put("baseline", baseline.toMap());
        return new OccupationWeights(w.weights(), fit);
    }

    /** The plain cosine of Skills and Knowledge importance: the baseline the issue measured. */
    static OccupationWeights baseline() {
        Map<Component, Double> w = new EnumMap<>(Component.class);
        Component.ALL.forEach(c -> w.put(c, c == Component.SKILLS_KNOWLEDGE ? 1.0 : 0.0));
        return new OccupationWeights(w, Map.of());
    }

    RelatedScores scores(OccupationWeights w, List<String> sources) {
        Map<String, List<String>> ranked = new LinkedHashMap<>();
        sources.forEach(code -> ranked.put(code, similar.nearest(code, w, SimilarOccupations.TOP)));
        return RelatedScores.of(ranked::get, truth, sources);
    }

    /** Coordinate ascent on the mean precision@10 over {@code sources}. */
    OccupationWeights fit(List<String> sources) {
        Map<Component, Double> w = new EnumMap<>(Component.class);
        Component.ALL.forEach(c -> w.put(c, 1.0));
        double best = precision(w, sources);
        for (double step : STEPS) {
            boolean improved = true;
            while (improved) {
                improved = false;
                for (Component c : Component.ALL) {
                    for (double candidate : candidates(w, c, step)) {
                        Map<Component, Double> tried = new EnumMap<>(w);
                        tried.put(c, candidate);
                        double p = precision(tried, sources);
                        if (p > best + 1e-9) {
                            best = p;
                            w.put(c, candidate);
                            improved = true;
                            break;
                        }
                    }
                }
            }
        }
        return new OccupationWeights(w, Map.of());
    }

    private static List<Double> candidates(Map<Component, Double> w, Component c, double step) {
        double v = w.get(c);
        double max = w.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double others = w.entrySet().stream().filter(e -> e.getKey() != c).mapToDouble(Map.Entry::getValue).sum();
        if (v == 0) {
            return List.of(0.05 * max);
        }
        return others > 0 ? List.of(v * step, v / step, 0.0) : List.of(v * step, v / step);
    }

    /** Mean precision@10 over the sources, computed in parallel (each source is independent). */
    private double precision(Map<Component, Double> weights, List<String> sources) {
        OccupationWeights w = new OccupationWeights(weights, Map.of());
        return sources.parallelStream().mapToDouble(code ->
                RankingMetrics.precisionAt(10, similar.nearest(code, w, 10), truth.get(code))).average().orElse(0);
    }
}
