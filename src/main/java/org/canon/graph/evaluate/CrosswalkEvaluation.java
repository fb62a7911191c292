package org.canon.graph.evaluate;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.canon.graph.external.Scheme;
import org.canon.graph.source.SourceException;
import org.canon.graph.suggest.Feature;
import org.canon.graph.suggest.ScoringModel;
import org.canon.graph.suggest.SuggestionEngine;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code evaluate crosswalk --reference FILE [--json OUT] [--fit WEIGHTS]}: scores the crosswalk suggestions
 * against a reference crosswalk between O*NET-SOC and ESCO ({@link CrosswalkReference}), in both directions. Each
 * source concept of the reference is one query, its reference answers the right ones; the metrics
 * ({@link RankingMetrics}) are averaged over the queries: candidate recall (a right answer among all candidates),
 * mean number of candidates, hit@1, 3, 5, 10 and MRR.
 *
 * <p>With {@code --fit WEIGHTS}, the weights of the score are first fitted on the reference (a ranking fit over
 * every candidate of every query of both directions, all together, then calibrated: {@link LogisticFit#fitRanking}),
 * written to WEIGHTS with the date and the figures, and the figures reported are those of the fitted weights.
 */
public final class CrosswalkEvaluation implements Evaluation {
    /** L2 penalty of the fit. */
    static final double LAMBDA = 0.1;
    private final Supplier<SuggestionEngine> engine;

    public CrosswalkEvaluation(Supplier<SuggestionEngine> engine) {
        this.engine = engine;
    }

    /** The figures of one direction. */
    public record Figures(int pairs, double recall, double meanCandidates, double hit1, double hit3, double hit5,
                          double hit10, double mrr) {}

    /** One query of one direction: a source concept and its right answers. */
    record Query(String source, Set<String> relevant) {}

    @Override
    public String name() {
        return "crosswalk";
    }

    @Override
    public String usage() {
        return "--reference FILE [--json OUT] [--fit WEIGHTS] [--onet-2010-to-2019 FILE]";
    }

    @Override
    public int run(Map<String, String> options, PrintStream out) {
        String ref = options.get("reference");
        if (ref == null || ref.isBlank()) {
            throw new SourceException("evaluate crosswalk needs --reference FILE (Nesta's CSV or an SSSOM TSV)");
        }
        Path file = Path.of(ref);
        List<CrosswalkReference.Pair> pairs = CrosswalkReference.read(file,
                options.containsKey("onet-2010-to-2019") ? Path.of(options.get("onet-2010-to-2019")) : null);
        SuggestionEngine e = engine.get();
        if (options.containsKey("fit")) {
            ScoringModel fitted = fit(e, pairs, file.getFileName().toString());
            e = e.withModel(fitted);
            Map<String, Figures> figures = evaluate(e, pairs);
            writeWeights(Path.of(options.get("fit")), fitted, figures);
            out.println("Fitted weights written to " + options.get("fit"));
        }
        Map<String, Figures> figures = evaluate(e, pairs);
        print(figures, pairs.size(), file, out);
        if (options.containsKey("json")) {
            write(Path.of(options.get("json")), figures);
            out.println("Figures written to " + options.get("json"));
        }
        return 0;
    }

    /** What is evaluated: which concepts it knows, and its ranked candidates for one of them. */
    public interface Ranker {
        boolean knows(String concept);

        List<String> rank(String source, Scheme target);

        static Ranker of(SuggestionEngine engine) {
            return new Ranker() {
                public boolean knows(String concept) {
                    return engine.concept(concept).isPresent();
                }

                public List<String> rank(String source, Scheme target) {
                    return engine.candidates(source, target).stream().map(c -> c.target().iri()).toList();
                }
            };
        }
    }

    /** The figures of both directions, keyed {@code onet->esco} and {@code esco->onet}. */
    public static Map<String, Figures> evaluate(SuggestionEngine engine, List<CrosswalkReference.Pair> pairs) {
        return evaluate(Ranker.of(engine), pairs);
    }

    /** The figures of both directions, keyed {@code onet->esco} and {@code esco->onet}. */
    public static Map<String, Figures> evaluate(Ranker ranker, List<CrosswalkReference.Pair> pairs) {
        Map<String, Figures> out = new LinkedHashMap<>();
        out.put("onet->esco", direction(ranker, queries(ranker, pairs, true), Scheme.ESCO));
        out.put("esco->onet", direction(ranker, queries(ranker, pairs, false), Scheme.ONET_SOC));
        return out;
    }

    static List<Query> queries(SuggestionEngine engine, List<CrosswalkReference.Pair> pairs, boolean fromOnet) {
        return queries(Ranker.of(engine), pairs, fromOnet);
    }

    /** One query per source concept the ranker knows, its reference answers the right ones. */
    static List<Query> queries(Ranker engine, List<CrosswalkReference.Pair> pairs, boolean fromOnet) {
        Map<String, Set<String>> relevant = new LinkedHashMap<>();
        for (CrosswalkReference.Pair p : pairs) {
            String source = fromOnet ? p.onet() : p.esco();
            String target = fromOnet ? p.esco() : p.onet();
            if (engine.knows(source)) {
                relevant.computeIfAbsent(source, k -> new LinkedHashSet<>()).add(target);
            }
        }
        return relevant.entrySet().stream().map(e -> new Query(e.getKey(), e.getValue())).toList();
    }

    static Figures direction(Ranker engine, List<Query> queries, Scheme target) {
        RankingMetrics.Mean recall = new RankingMetrics.Mean(), size = new RankingMetrics.Mean(),
                h1 = new RankingMetrics.Mean(), h3 = new RankingMetrics.Mean(), h5 = new RankingMetrics.Mean(),
                h10 = new RankingMetrics.Mean(), mrr = new RankingMetrics.Mean();
        List<List<String>> rankings = queries.parallelStream().map(q -> engine.rank(q.source(), target)).toList();
        for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            List<String> ranked = rankings.get(i);
            recall.add(RankingMetrics.found(ranked, q.relevant()));
            size.add(ranked.size());
            h1.add(RankingMetrics.hitAt(1, ranked, q.relevant()));
            h3.add(RankingMetrics.hitAt(3, ranked, q.relevant()));
            h5.add(RankingMetrics.hitAt(5, ranked, q.relevant()));
            h10.add(RankingMetrics.hitAt(10, ranked, q.relevant()));
            mrr.add(RankingMetrics.reciprocalRank(ranked, q.relevant()));
        }
        return new Figures(queries.size(), round(recall.value()), round(size.value()), round(h1.value()),
                round(h3.value()), round(h5.value()), round(h10.value()), round(mrr.value()));
    }

    /** Fits the score's weights on every candidate of every query of both directions, all together. */
    static ScoringModel fit(SuggestionEngine engine, List<CrosswalkReference.Pair> pairs, String reference) {
        List<List<LogisticFit.Example>> queries = new ArrayList<>();
        for (boolean fromOnet : new boolean[] {true, false}) {
            Scheme target = fromOnet ? Scheme.ESCO : Scheme.ONET_SOC;
            queries.addAll(queries(engine, pairs, fromOnet).parallelStream().map(q ->
                    engine.candidates(q.source(), target).stream().map(c -> new LogisticFit.Example(c.features(),
                            q.relevant().contains(c.target().iri()))).toList()).toList());
        }
        List<LogisticFit.Example> examples = queries.stream().flatMap(List::stream).toList();
        boolean[] use = new boolean[Feature.values().length];
        java.util.Arrays.fill(use, true);
        use[Feature.SKILL_OVERLAP.ordinal()] = false;
        LogisticFit.Fit fit = LogisticFit.fitRanking(queries, use, LAMBDA);
        Map<Feature, Double> weights = new java.util.EnumMap<>(Feature.class);
        for (Feature f : Feature.values()) {
            weights.put(f, round(fit.weights()[f.ordinal()]));
        }
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("fitted", LocalDate.now().toString());
        about.put("reference", reference);
        about.put("method", "conditional logit over each reference query's candidates (both directions, all queries "
                + "together; Newton's method, L2 penalty " + LAMBDA + "), then one logistic regression of the right "
                + "answers on the resulting score over every candidate, which scales the weights and sets the intercept");
        about.put("examples", examples.size());
        about.put("positives", examples.stream().filter(LogisticFit.Example::positive).count());
        about.put("queries", queries.size());
        about.put("meanLogLikelihood", round(fit.logLikelihood()));
        return new ScoringModel(round(fit.intercept()), weights, about);
    }

    private static void writeWeights(Path file, ScoringModel model, Map<String, Figures> figures) {
        Map<String, Object> json = new LinkedHashMap<>(model.about());
        json.put("figures", figures);
        json.put("intercept", model.intercept());
        Map<String, Double> w = new LinkedHashMap<>();
        model.weights().forEach((f, v) -> w.put(f.key(), v));
        json.put("weights", w);
        write(file, json);
    }

    private static void write(Path file, Object value) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(value) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void print(Map<String, Figures> figures, int pairs, Path file, PrintStream out) {
        out.println("Crosswalk suggestions against " + file + " (" + pairs + " reference pairs)");
        out.printf(Locale.ROOT, "  %-11s %6s %7s %11s %6s %6s %6s %6s %6s%n", "direction", "pairs", "recall",
                "candidates", "hit@1", "hit@3", "hit@5", "hit@10", "MRR");
        figures.forEach((d, f) -> out.printf(Locale.ROOT, "  %-11s %6d %7.3f %11.1f %6.3f %6.3f %6.3f %6.3f %6.3f%n",
                d, f.pairs(), f.recall(), f.meanCandidates(), f.hit1(), f.hit3(), f.hit5(), f.hit10(), f.mrr()));
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
