package org.canon.graph.bench;

import static org.canon.graph.bench.TurtleStream.canon;
import static org.canon.graph.bench.TurtleStream.en;
import static org.canon.graph.bench.TurtleStream.id;
import static org.canon.graph.bench.TurtleStream.str;
import static org.canon.graph.bench.TurtleStream.uri;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.apache.jena.graph.Node;
import org.canon.graph.vocab.Canon;

/**
 * Writes one function's Turtle file: the function with its baseline skills, its skill pool, each focus with its
 * focus skills, profiles (through {@link ProfileWriter}) and, for some, a focus rubric, then the function-wide rubric.
 *
 * <p>Skills form a hierarchy: a focus's own skill sits under the function skill of the same topic when there is
 * one, the function skill under a generic skill or skill group of {@code core.ttl} (three broader steps at most).
 */
final class FunctionWriter {
    static final Node A = uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    static final Node IN_SCHEME = uri(Canon.SKOS + "inScheme");
    static final Node BROADER = uri(Canon.SKOS + "broader");
    static final Node NOTATION = uri(Canon.SKOS + "notation");
    static final Node PREF_LABEL = uri(Canon.SKOS + "prefLabel");
    static final Node DEFINITION = uri(Canon.SKOS + "definition");
    static final Node DESCRIPTION = uri(Canon.DCTERMS + "description");
    static final Node CONCEPT = uri(Canon.SKOS + "Concept");
    static final Node TAXONOMY = uri(Canon.ID + "scheme/canon");
    static final Node SKILLS = uri(Canon.ID + "scheme/canon-skills");
    private static final int POOL = 8;
    private static final String[] DIMENSIONS = {"KnowledgeAndApplication", "ComplexityAndProblemSolving",
        "CollaborationAndInteraction", "TypicalDegreeAndYears"};
    private static final String[] DIMENSION_SLUGS = {"knowledge-application", "complexity-problem-solving",
        "collaboration-interaction", "degree-years"};
    private static final String[] DIFFERENTIALS = {"MaterialDifferential", "MaterialDifferential",
        "MinorDifferential", "MinorDifferential", "NoDifferential"};

    private final Vocabulary words;
    private final Texts texts;
    private final GeneratedTaxonomy.Counter counts;

    FunctionWriter(Vocabulary words, GeneratedTaxonomy.Counter counts) {
        this.words = words;
        this.texts = new Texts(words);
        this.counts = counts;
    }

    void write(TaxonomyPlan.FunctionPlan f, Path file, MappingFiles mappings) {
        SplittableRandom random = new SplittableRandom(f.seed());
        try (TurtleStream out = new TurtleStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
                "# Synthetic Canon taxonomy: function " + f.code() + " \"" + f.name() + "\", " + f.focuses().size()
                        + " focuses, " + f.profiles() + " profiles. Written by org.canon.graph.bench.TaxonomyGenerator.\n\n")) {
            Node fn = id("function", f.code());
            List<Vocabulary.SkillTopic> topics = shuffled(words.skillTopics(), random);
            List<Vocabulary.SkillTopic> pool = topics.subList(0, POOL);
            out.add(fn, A, canon("Function"));
            out.add(fn, A, CONCEPT);
            out.add(fn, IN_SCHEME, TAXONOMY);
            out.add(fn, uri(Canon.SKOS + "topConceptOf"), TAXONOMY);
            out.add(TAXONOMY, uri(Canon.SKOS + "hasTopConcept"), fn);
            out.add(fn, NOTATION, str(f.code()));
            out.add(fn, PREF_LABEL, en(f.name()));
            out.add(fn, DEFINITION, en(texts.functionDefinition(f)));
            for (int i = 0; i < 3; i++) {
                out.add(fn, canon("baselineSkill"), functionSkill(f, pool.get(i)));
            }
            out.add(fn, canon("baselineSkill"), id("skill", "critical-thinking"));
            for (Vocabulary.SkillTopic t : pool) {
                skill(out, functionSkill(f, t), t, f.name(), parent(t.parent()));
            }
            ProfileWriter profiles = new ProfileWriter(out, texts, words, mappings, counts);
            for (int i = 0; i < f.focuses().size(); i++) {
                TaxonomyPlan.FocusPlan focus = f.focuses().get(i);
                TaxonomyPlan.FocusPlan sibling = f.focuses().size() == 1 ? null : f.focuses().get((i + 1) % f.focuses().size());
                List<Node> skills = focus(out, f, focus, sibling, pool, random);
                profiles.write(f, focus, skills, random);
                if (random.nextInt(10) == 0) {
                    rubric(out, id("focus", focus.code()), focus.code(), focus.name(), Ladder.ALL.subList(6, 11));
                }
            }
            rubric(out, fn, f.code(), f.name(), Ladder.ALL);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Writes the focus and its own skills; returns its focus skills (some from the function pool). */
    private List<Node> focus(TurtleStream out, TaxonomyPlan.FunctionPlan f, TaxonomyPlan.FocusPlan focus,
                             TaxonomyPlan.FocusPlan sibling, List<Vocabulary.SkillTopic> pool, SplittableRandom random) {
        Node node = id("focus", focus.code());
        List<Node> skills = new ArrayList<>();
        for (Vocabulary.SkillTopic t : shuffled(pool, random).subList(0, 3 + random.nextInt(3))) {
            skills.add(functionSkill(f, t));
        }
        List<Vocabulary.SkillTopic> own = shuffled(words.skillTopics(), random).subList(0, 6 + random.nextInt(4));
        out.add(node, A, canon("Focus"));
        out.add(node, A, CONCEPT);
        out.add(node, IN_SCHEME, TAXONOMY);
        out.add(node, BROADER, id("function", f.code()));
        out.add(node, canon("function"), id("function", f.code()));
        out.add(node, NOTATION, str(focus.code()));
        out.add(node, PREF_LABEL, en(focus.name()));
        out.add(node, DEFINITION, en(texts.focusDefinition(f, focus)));
        out.add(node, uri(Canon.SKOS + "scopeNote"), en(texts.scopeNote(focus, sibling)));
        out.add(node, canon("skillDifferential"), canon(Texts.pick(List.of(DIFFERENTIALS), random)));
        out.add(node, canon("payDifferential"), canon(Texts.pick(List.of(DIFFERENTIALS), random)));
        for (Vocabulary.SkillTopic t : own) {
            skills.add(id("skill", Texts.lower(f.code() + "-" + focus.code()) + "-" + t.slug()));
        }
        skills.forEach(s -> out.add(node, canon("focusSkill"), s));
        for (Vocabulary.SkillTopic t : own) {
            Node broader = pool.contains(t) ? functionSkill(f, t) : parent(t.parent());
            skill(out, id("skill", Texts.lower(f.code() + "-" + focus.code()) + "-" + t.slug()), t, focus.name(), broader);
        }
        counts.focuses++;
        return skills;
    }

    private void skill(TurtleStream out, Node skill, Vocabulary.SkillTopic t, String context, Node broader) {
        out.add(skill, A, canon("Skill"));
        out.add(skill, A, CONCEPT);
        out.add(skill, IN_SCHEME, SKILLS);
        out.add(skill, PREF_LABEL, en(t.name()));
        out.add(skill, DEFINITION, en(t.definition().replace("{context}", Texts.lower(context))));
        out.add(skill, BROADER, broader);
        counts.skills++;
    }

    /** Four cells per level, {@code crub:{scope code}.{level}.{dimension}}. */
    private void rubric(TurtleStream out, Node scope, String scopeCode, String scopeName, List<Ladder> levels) {
        for (Ladder level : levels) {
            for (int d = 0; d < DIMENSIONS.length; d++) {
                Node cell = id("rubric", scopeCode + "." + level.name() + "." + DIMENSION_SLUGS[d]);
                out.add(cell, A, canon("LevelGuideline"));
                out.add(cell, canon("appliesTo"), scope);
                out.add(cell, canon("level"), id("level", level.name()));
                out.add(cell, canon("rubricDimension"), canon(DIMENSIONS[d]));
                out.add(cell, DESCRIPTION, en(texts.guideline(d + 1, level, scopeName)));
                counts.guidelines++;
            }
        }
    }

    private static Node functionSkill(TaxonomyPlan.FunctionPlan f, Vocabulary.SkillTopic t) {
        return id("skill", Texts.lower(f.code()) + "-" + t.slug());
    }

    /** {@code cskill:x} or {@code csg:x} from the topic file. */
    private static Node parent(String curie) {
        return curie.startsWith("csg:") ? id("skill-group", curie.substring(4)) : id("skill", curie.substring(7));
    }

    private static <T> List<T> shuffled(List<T> list, SplittableRandom random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random(random.nextLong()));
        return copy;
    }
}
