package org.canon.graph.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.canon.graph.derive.PendingStore;
import org.canon.graph.external.Scheme;
import org.canon.graph.text.TextEntry;
import org.canon.graph.text.TextIndex;

/**
 * Ranked crosswalk suggestions between any two schemes. For a source concept and a target scheme, the candidates
 * are the target's occupations that a walk through the published mappings reaches ({@link MappingNetwork}) and
 * those the text index finds for the source's titles and definition; each gets its evidence as numbers
 * ({@link Feature}) and a score by the {@link ScoringModel}; the candidates are ranked by score.
 *
 * <pre>{@code
 * SuggestionEngine engine = SuggestionEngine.build(PendingStore.of(store), textIndex, ScoringModel.shipped());
 * List<SuggestionEngine.Candidate> top = engine.suggest(onetIri, Scheme.ESCO, 10);
 * }</pre>
 */
public final class SuggestionEngine {
    /** How many text-index answers join the candidates. */
    public static final int TEXT_CANDIDATES = 30;
    /** The type of the concepts suggested in each scheme (an ISCO-08 suggestion is a unit group). */
    static final Map<Scheme, String> TYPES = Map.of(Scheme.CANON, "profile", Scheme.ONET_SOC, "occupation",
            Scheme.SOC2018, "occupation", Scheme.SOC2010, "occupation", Scheme.ISCO08, "unit-group",
            Scheme.ESCO, "occupation");

    /** One concept the engine knows, with its texts' vectors. */
    record Concept(TextEntry entry, Scheme scheme, TextVectors.Texts texts) {}

    /** A ranked candidate with its score and evidence. */
    public record Candidate(int rank, TextEntry target, double score, double[] features, Evidence evidence) {
        public double feature(Feature f) {
            return features[f.ordinal()];
        }
    }

    /**
     * Why a candidate was suggested.
     *
     * @param chain            the best walk through the published mappings, or null
     * @param sharedTitles     titles the two share
     * @param sharedSkills     skills the two share (where both have skill data), or empty
     */
    public record Evidence(MappingChain chain, List<String> sharedTitles, List<String> sharedSkills) {}

    /** The walk of a candidate: its mappings in order, and what kind of walk it is. */
    public record MappingChain(List<ChainStep> steps, long paths, boolean strict, String composedPredicate) {}

    /** One step of a walk: the mapping record, and the predicate as read in the walk's direction. */
    public record ChainStep(String mapping, String from, String predicate, String to) {}

    private final TextIndex index;
    private final MappingNetwork network;
    private final SkillData skills;
    private final Set<String> onetSkillNames;
    private final ScoringModel model;
    private final Map<String, Concept> concepts = new HashMap<>();
    private final Map<Scheme, Map<String, Concept>> byCode = new EnumMap<>(Scheme.class);

    private SuggestionEngine(TextIndex index, MappingNetwork network, SkillData skills, ScoringModel model) {
        this.index = index;
        this.network = network;
        this.skills = skills;
        this.onetSkillNames = skills.onetSkillNames();
        this.model = model;
    }

    /** An engine over the store as it is or will be, with the text index built from it. */
    public static SuggestionEngine build(PendingStore store, TextIndex index, ScoringModel model) {
        SuggestionEngine e = new SuggestionEngine(index, MappingNetwork.read(store), SkillData.read(store), model);
        TextVectors vectors = new TextVectors(index::analyze);
        List<TextEntry> entries = new ArrayList<>();
        for (TextEntry t : index.entries(TYPES.keySet().stream().map(Scheme::key).toList())) {
            Optional<Scheme> s = Scheme.of(t.scheme());
            if (s.isPresent() && TYPES.get(s.get()).equals(t.type())) {
                entries.add(t);
                vectors.count(t.titles(), t.definition());
            }
        }
        for (TextEntry t : entries) {
            Scheme s = Scheme.of(t.scheme()).orElseThrow();
            Concept c = new Concept(t, s, vectors.texts(t.label(), t.altLabels(), t.definition()));
            e.concepts.put(t.iri(), c);
            e.byCode.computeIfAbsent(s, k -> new HashMap<>()).put(t.notation().toLowerCase(Locale.ROOT), c);
        }
        return e;
    }

    /** The same engine with another scoring rule (for fitting and comparing weights). */
    public SuggestionEngine withModel(ScoringModel other) {
        SuggestionEngine e = new SuggestionEngine(index, network, skills, other);
        e.concepts.putAll(concepts);
        e.byCode.putAll(byCode);
        return e;
    }

    public ScoringModel model() {
        return model;
    }

    /** The concept of a scheme with this code (case aside), if the engine knows it. */
    public Optional<TextEntry> byCode(Scheme scheme, String code) {
        return Optional.ofNullable(byCode.getOrDefault(scheme, Map.of()).get(code.trim().toLowerCase(Locale.ROOT)))
                .map(Concept::entry);
    }

    /** The concept with this IRI, if the engine knows it (an occupation-level concept of one of the schemes). */
    public Optional<TextEntry> concept(String iri) {
        return Optional.ofNullable(concepts.get(iri)).map(Concept::entry);
    }

    /** The concepts of a scheme that can be a suggestion's source or target. */
    public List<TextEntry> concepts(Scheme scheme) {
        return byCode.getOrDefault(scheme, Map.of()).values().stream().map(Concept::entry)
                .sorted(Comparator.comparing(TextEntry::notation)).toList();
    }

    /** The first {@code limit} candidates. */
    public List<Candidate> suggest(String source, Scheme target, int limit) {
        List<Candidate> all = candidates(source, target);
        return all.subList(0, Math.min(limit, all.size()));
    }

    /** Every candidate, ranked by score (ties by code); empty when the source is unknown. */
    public List<Candidate> candidates(String source, Scheme target) {
        Concept s = concepts.get(source);
        if (s == null) {
            return List.of();
        }
        Map<String, MappingNetwork.Chain> chains = network.walk(source, target);
        Map<String, Integer> textRanks = new LinkedHashMap<>();
        List<TextIndex.Hit> hits = index.similar(s.entry().titles(), s.entry().definition(), List.of(target.key()),
                List.of(TYPES.get(target)), TEXT_CANDIDATES + 1);
        for (TextIndex.Hit h : hits) {
            if (!h.iri().equals(source)) {
                textRanks.putIfAbsent(h.iri(), textRanks.size() + 1);
            }
        }
        Map<String, Concept> pool = new LinkedHashMap<>();
        chains.keySet().forEach(iri -> Optional.ofNullable(concepts.get(iri)).ifPresent(c -> pool.put(iri, c)));
        textRanks.keySet().forEach(iri -> Optional.ofNullable(concepts.get(iri)).ifPresent(c -> pool.put(iri, c)));
        pool.remove(source);
        List<Candidate> scored = new ArrayList<>();
        for (Concept c : pool.values()) {
            MappingNetwork.Chain chain = chains.get(c.entry().iri());
            SkillData.Overlap overlap = skills.overlap(source, c.entry().iri(), onetSkillNames);
            double[] f = features(s, c, chain, textRanks.getOrDefault(c.entry().iri(), 0), overlap);
            Evidence ev = new Evidence(chain == null ? null : chain(chain),
                    TextVectors.sharedTitles(s.texts().titleKeys(), c.texts().titleKeys()),
                    overlap == null ? List.of() : overlap.shared());
            scored.add(new Candidate(0, c.entry(), model.score(f), f, ev));
        }
        markTop(scored, Feature.TITLE_BEST, Feature.TITLE_TOP);
        markTop(scored, Feature.TITLES, Feature.TITLES_TOP);
        markTop(scored, Feature.DEFINITION, Feature.DEFINITION_TOP);
        scored.replaceAll(c -> new Candidate(0, c.target(), model.score(c.features()), c.features(), c.evidence()));
        scored.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.target().notation()));
        List<Candidate> ranked = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            Candidate c = scored.get(i);
            ranked.add(new Candidate(i + 1, c.target(), c.score(), c.features(), c.evidence()));
        }
        return ranked;
    }

    /** Marks the candidates with the highest value of {@code of} (when above 0) in {@code top}. */
    private static void markTop(List<Candidate> candidates, Feature of, Feature top) {
        double max = candidates.stream().mapToDouble(c -> c.feature(of)).max().orElse(0);
        if (max > 0) {
            candidates.stream().filter(c -> c.feature(of) == max).forEach(c -> c.features()[top.ordinal()] = 1);
        }
    }

    static double[] features(Concept s, Concept t, MappingNetwork.Chain chain, int textRank, SkillData.Overlap overlap) {
        double[] f = new double[Feature.values().length];
        if (chain != null) {
            f[Feature.CHAIN.ordinal()] = 1;
            f[Feature.CHAIN_STRICT.ordinal()] = chain.strict() ? 1 : 0;
            f[Feature.CHAIN_STEPS.ordinal()] = chain.steps().size() / (double) MappingNetwork.MAX_STEPS;
            f[Feature.CHAIN_LOOSE.ordinal()] = chain.looseSteps();
            f[Feature.CHAIN_SIBLING.ordinal()] = chain.sibling() ? 1 : 0;
            f[Feature.CHAIN_CONFIDENCE.ordinal()] = chain.confidence();
            f[Feature.CHAIN_PATHS.ordinal()] = Math.log1p(chain.paths());
        }
        TextVectors.Texts a = s.texts(), b = t.texts();
        f[Feature.TITLE.ordinal()] = a.label().cosine(b.label());
        f[Feature.TITLE_BEST.ordinal()] = TextVectors.best(a.titles(), b.titles());
        f[Feature.TITLES.ordinal()] = a.allTitles().cosine(b.allTitles());
        f[Feature.SHARED_TITLES.ordinal()] = Math.log1p(TextVectors.shared(a.titleKeys(), b.titleKeys()));
        f[Feature.DEFINITION.ordinal()] = a.definition().cosine(b.definition());
        f[Feature.TITLE_DEFINITION.ordinal()] = (a.allTitles().cosine(b.definition()) + b.allTitles().cosine(a.definition())) / 2;
        f[Feature.TEXT_RANK.ordinal()] = textRank == 0 ? 0 : 1.0 / textRank;
        f[Feature.GENERAL.ordinal()] = t.entry().general() ? 1 : 0;
        f[Feature.CHAIN_TITLE.ordinal()] = f[Feature.CHAIN.ordinal()] * f[Feature.TITLE_BEST.ordinal()];
        f[Feature.CHAIN_DEFINITION.ordinal()] = f[Feature.CHAIN.ordinal()] * f[Feature.DEFINITION.ordinal()];
        f[Feature.SKILL_OVERLAP.ordinal()] = overlap == null ? 0 : overlap.value();
        return f;
    }

    private static MappingChain chain(MappingNetwork.Chain c) {
        return new MappingChain(c.steps().stream().map(s -> new ChainStep(s.mapping(), s.from(), s.predicate(), s.to()))
                .toList(), c.paths(), c.strict(), c.composed());
    }
}
