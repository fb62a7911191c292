package org.canon.graph.bench;

import static org.canon.graph.bench.FunctionWriter.A;
import static org.canon.graph.bench.FunctionWriter.BROADER;
import static org.canon.graph.bench.FunctionWriter.CONCEPT;
import static org.canon.graph.bench.FunctionWriter.DEFINITION;
import static org.canon.graph.bench.FunctionWriter.DESCRIPTION;
import static org.canon.graph.bench.FunctionWriter.IN_SCHEME;
import static org.canon.graph.bench.FunctionWriter.NOTATION;
import static org.canon.graph.bench.FunctionWriter.PREF_LABEL;
import static org.canon.graph.bench.FunctionWriter.TAXONOMY;
import static org.canon.graph.bench.TurtleStream.canon;
import static org.canon.graph.bench.TurtleStream.decimal;
import static org.canon.graph.bench.TurtleStream.en;
import static org.canon.graph.bench.TurtleStream.id;
import static org.canon.graph.bench.TurtleStream.integer;
import static org.canon.graph.bench.TurtleStream.str;
import static org.canon.graph.bench.TurtleStream.uri;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.jena.graph.Node;
import org.canon.graph.vocab.Canon;

/**
 * Writes the profiles of one focus (responsibilities, market pay, quality assessment) and their mappings.
 *
 * <p>Proportions: 78% approved, 17% draft, 5% retired; confidence scores 0.40-0.98 with the band they imply;
 * 40% with a title alias; 3-5 responsibilities; 97% with market pay; 35% with a quality assessment; every
 * profile mapped to an O*NET-SOC occupation, 30% also by the resolver.
 */
final class ProfileWriter {
    /** Median annual pay (USD) by grade 1..7, before the function's and focus's factors. */
    private static final int[] MEDIAN_BY_GRADE = {52_000, 64_000, 80_000, 98_000, 120_000, 148_000, 185_000};
    private static final String[] METRICS = {"LevelDifferentiation", "FocusSpecificity", "Concreteness",
        "FactualAccuracy", "RealWorldCoverage"};
    private static final String[] METRIC_SLUGS = {"level-differentiation", "focus-specificity", "concreteness",
        "factual-accuracy", "real-world-coverage"};
    private static final String[] SCORES = {"3.0", "3.5", "4.0", "4.0", "4.5", "4.5", "5.0", "5.0"};

    private final TurtleStream out;
    private final Texts texts;
    private final Vocabulary words;
    private final MappingFiles mappings;
    private final GeneratedTaxonomy.Counter counts;

    ProfileWriter(TurtleStream out, Texts texts, Vocabulary words, MappingFiles mappings, GeneratedTaxonomy.Counter counts) {
        this.out = out;
        this.texts = texts;
        this.words = words;
        this.mappings = mappings;
        this.counts = counts;
    }

    void write(TaxonomyPlan.FunctionPlan f, TaxonomyPlan.FocusPlan focus, List<Node> focusSkills, SplittableRandom random) {
        double payFactor = 0.85 + random.nextInt(40) / 100.0;
        Vocabulary.Occupation management = Texts.pick(words.occupations(f.family(), "M"), random);
        Vocabulary.Occupation contributor = Texts.pick(words.occupations(f.family(), "P"), random);
        for (Ladder level : focus.levels()) {
            String code = f.code() + "." + focus.code() + "." + level.name();
            String title = focus.name() + " — " + level.name();
            Node p = id("profile", code);
            int status = random.nextInt(100);
            String statusName = status < 78 ? "Approved" : status < 95 ? "Draft" : "Retired";
            BigDecimal score = BigDecimal.valueOf(40 + random.nextInt(59), 2);
            out.add(p, A, canon("Profile"));
            out.add(p, A, CONCEPT);
            out.add(p, IN_SCHEME, TAXONOMY);
            out.add(p, BROADER, id("focus", focus.code()));
            out.add(p, NOTATION, str(code));
            out.add(p, PREF_LABEL, en(title));
            out.add(p, DEFINITION, en(focus.name() + " at level " + level.name() + " on the "
                    + (level.management() ? "management" : "individual-contributor") + " track."));
            if (random.nextInt(10) < 4) {
                out.add(p, uri(Canon.SKOS + "altLabel"), en(level.alias.replace("{area}", focus.area())));
            }
            out.add(p, canon("function"), id("function", f.code()));
            out.add(p, canon("focus"), id("focus", focus.code()));
            out.add(p, canon("level"), id("level", level.name()));
            out.add(p, canon("recordStatus"), canon(statusName));
            out.add(p, canon("confidenceBand"), canon(score.doubleValue() >= 0.80 ? "HighConfidence"
                    : score.doubleValue() >= 0.60 ? "MediumConfidence" : "LowConfidence"));
            out.add(p, canon("confidenceScore"), decimal(score));
            out.add(p, canon("region"), str("global"));
            out.add(p, uri("http://www.w3.org/2002/07/owl#versionInfo"), str(random.nextInt(5) == 0 ? "v2" : "v1"));
            int responsibilities = 3 + random.nextInt(3);
            for (int n = 1; n <= responsibilities; n++) {
                out.add(p, canon("responsibility"), id("responsibility", code + "-" + n));
            }
            boolean pay = random.nextInt(100) < 97;
            boolean quality = random.nextInt(100) < 35;
            if (pay) {
                out.add(p, uri(Canon.SCHEMA + "estimatedSalary"), id("pay", code));
            }
            if (quality) {
                out.add(p, canon("qualityAssessment"), id("quality", code));
            }
            for (int n = 1; n <= responsibilities; n++) {
                Node r = id("responsibility", code + "-" + n);
                out.add(r, A, canon("Responsibility"));
                out.add(r, canon("order"), integer(n));
                out.add(r, DESCRIPTION, en(texts.responsibility(focus, level, random)));
            }
            counts.responsibilities += responsibilities;
            if (pay) {
                pay(code, level, payFactor);
            }
            if (quality) {
                quality(code, random);
            }
            Vocabulary.Occupation occupation = level.management() ? management : contributor;
            mappings.curated(code, title, (level == Ladder.P3 || level == Ladder.P4) && random.nextInt(10) < 4
                    ? "skos:closeMatch" : "skos:broadMatch", occupation,
                    BigDecimal.valueOf(55 + 5 * random.nextInt(8), 2),
                    "Synthetic: " + focus.name() + " at " + level.name() + " judged against " + occupation.title() + ".");
            if (random.nextInt(10) < 3) {
                mappings.resolver(code, title, random.nextInt(5) > 0 ? occupation
                        : Texts.pick(words.occupations(f.family(), level.management() ? "P" : "M"), random));
            }
            counts.profile(statusName.equals("Retired"), code, focus, focusSkills, occupation);
        }
    }

    private void pay(String code, Ladder level, double factor) {
        Node pay = id("pay", code);
        long median = Math.round(MEDIAN_BY_GRADE[level.grade - 1] * factor / 1000.0) * 1000;
        out.add(pay, A, uri(Canon.SCHEMA + "MonetaryAmountDistribution"));
        out.add(pay, uri(Canon.SCHEMA + "currency"), str("USD"));
        out.add(pay, uri(Canon.SCHEMA + "median"), decimal(BigDecimal.valueOf(median).setScale(1)));
        out.add(pay, uri(Canon.SCHEMA + "minValue"), decimal(BigDecimal.valueOf(Math.round(median * 0.8 / 1000.0) * 1000).setScale(1)));
        out.add(pay, uri(Canon.SCHEMA + "maxValue"), decimal(BigDecimal.valueOf(Math.round(median * 1.27 / 1000.0) * 1000).setScale(1)));
        out.add(pay, uri(Canon.SCHEMA + "duration"), TurtleStream.duration("P1Y"));
    }

    private void quality(String code, SplittableRandom random) {
        Node q = id("quality", code);
        out.add(q, A, canon("QualityAssessment"));
        out.add(q, uri(Canon.PROV + "wasAttributedTo"), uri(Canon.ID + "agent/review-panel"));
        out.add(q, canon("passThreshold"), decimal(new BigDecimal("4.0")));
        out.add(q, canon("sourceCount"), integer(2 + random.nextInt(11)));
        for (String slug : METRIC_SLUGS) {
            out.add(q, uri(Canon.DQV + "hasQualityMeasurement"), id("quality", code + "-" + slug));
        }
        for (int i = 0; i < METRICS.length; i++) {
            Node m = id("quality", code + "-" + METRIC_SLUGS[i]);
            out.add(m, A, uri(Canon.DQV + "QualityMeasurement"));
            out.add(m, uri(Canon.DQV + "isMeasurementOf"), canon(METRICS[i]));
            out.add(m, uri(Canon.DQV + "value"), decimal(new BigDecimal(Texts.pick(List.of(SCORES), random))));
        }
    }
}
