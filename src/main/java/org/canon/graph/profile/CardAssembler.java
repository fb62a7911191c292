package org.canon.graph.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.canon.graph.vocab.Canon;
import org.canon.graph.vocab.Dqv;
import org.canon.graph.vocab.Prov;
import org.canon.graph.vocab.Sssom;

/**
 * Builds the {@link ProfileCard} from the answers of its queries: the graph of the {@code profile} CONSTRUCT
 * (identity, texts, ladder, rubric, pay, quality, mappings), the rows of {@code skills} (the direct skills with
 * their source) and of {@code adjacency}. It only reads and orders; the rules are in {@link CardRules}.
 */
final class CardAssembler {
    private final Model m;

    private CardAssembler(Model m) {
        this.m = m;
    }

    /** The card of the profile with this code, or empty when the graph does not hold it. */
    static Optional<ProfileCard> assemble(Model card, String code, List<EffectiveSkill> skills,
                                          List<AdjacentRole> adjacent) {
        Resource p = card.createResource(Canon.profile(code));
        if (!card.contains(p, RDF.type, Canon.Profile)) {
            return Optional.empty();
        }
        CardAssembler a = new CardAssembler(card);
        Resource focus = res(p, Canon.focus);
        return Optional.of(new ProfileCard(str(p, SKOS.notation), p.getURI(), str(p, SKOS.prefLabel),
                strs(p, SKOS.altLabel), a.concept(res(p, Canon.function)), a.focus(focus), a.level(res(p, Canon.level)),
                a.record(p), a.ladder(p, focus), a.rubric(res(res(p, Canon.level), Canon.track)), directSkills(skills), pay(res(p, SchemaDO.estimatedSalary)),
                a.quality(res(p, Canon.qualityAssessment)), adjacent, a.mappings(p)));
    }

    private ProfileCard.Concept concept(Resource r) {
        return r == null ? null : new ProfileCard.Concept(str(r, SKOS.notation), str(r, SKOS.prefLabel), r.getURI());
    }

    private ProfileCard.Focus focus(Resource f) {
        return f == null ? null : new ProfileCard.Focus(str(f, SKOS.notation), str(f, SKOS.prefLabel), f.getURI(),
                str(f, SKOS.definition), str(f, SKOS.scopeNote), label(res(f, Canon.skillDifferential)),
                label(res(f, Canon.payDifferential)));
    }

    private ProfileCard.Level level(Resource l) {
        return l == null ? null : new ProfileCard.Level(str(l, SKOS.notation), str(l, SKOS.prefLabel), l.getURI(),
                str(l, Canon.displayLabel), label(res(l, Canon.track)), integer(l, Canon.rank), integer(l, Canon.grade),
                str(l, SKOS.definition), str(l, Canon.scope), str(l, Canon.autonomy), str(l, Canon.complexity),
                str(l, Canon.impact), str(l, Canon.decisionRights), str(l, Canon.leadership),
                str(l, Canon.typicalExperience), integer(l, Canon.minYearsExperience),
                integer(l, Canon.maxYearsExperience));
    }

    private ProfileCard.RecordMetadata record(Resource p) {
        return new ProfileCard.RecordMetadata(label(res(p, Canon.recordStatus)), label(res(p, Canon.confidenceBand)),
                number(p, Canon.confidenceScore), str(p, Canon.region), str(p, OWL2.versionInfo));
    }

    /** Every profile of the focus in the graph (the query gives those on the profile's track), by rank. */
    private List<ProfileCard.Rung> ladder(Resource profile, Resource focus) {
        List<Resource> rungs = m.listSubjectsWithProperty(Canon.focus, focus).toList();
        rungs.sort(Comparator.comparing(r -> order(res(r, Canon.level), Canon.rank)));
        return rungs.stream().map(r -> new ProfileCard.Rung(str(res(r, Canon.level), SKOS.notation),
                str(r, SKOS.notation), r.equals(profile), sorted(objects(r, Canon.responsibility), Canon.order).stream()
                        .map(x -> str(x, DCTerms.description)).toList())).toList();
    }

    /**
     * The rubric cells in the graph for the levels of the profile's track (the page shows that track's rows), a row
     * per level by rank, a cell per dimension by the dimension's order.
     */
    private List<ProfileCard.RubricRow> rubric(Resource track) {
        List<Resource> cells = m.listSubjectsWithProperty(RDF.type, Canon.LevelGuideline)
                .filterKeep(c -> track != null && track.equals(res(res(c, Canon.level), Canon.track))).toList();
        cells.sort(Comparator.comparing((Resource c) -> order(res(c, Canon.level), Canon.rank))
                .thenComparing(c -> order(res(c, Canon.rubricDimension), Canon.order)));
        Map<String, List<ProfileCard.RubricCell>> byLevel = new LinkedHashMap<>();
        for (Resource cell : cells) {
            byLevel.computeIfAbsent(str(res(cell, Canon.level), SKOS.notation), k -> new ArrayList<>())
                    .add(new ProfileCard.RubricCell(label(res(cell, Canon.rubricDimension)), str(cell, DCTerms.description)));
        }
        return byLevel.entrySet().stream().map(e -> new ProfileCard.RubricRow(e.getKey(), e.getValue())).toList();
    }

    private static List<ProfileCard.Skill> directSkills(List<EffectiveSkill> skills) {
        return skills.stream().filter(EffectiveSkill::direct).map(s -> new ProfileCard.Skill(s.skill(), s.label(),
                s.definition(), s.sourceLabel(), s.source(), s.via())).toList();
    }

    private static ProfileCard.Pay pay(Resource pay) {
        return pay == null ? null : new ProfileCard.Pay(str(pay, SchemaDO.currency), number(pay, SchemaDO.median),
                number(pay, SchemaDO.minValue), number(pay, SchemaDO.maxValue), str(pay, SchemaDO.duration));
    }

    private ProfileCard.Provenance quality(Resource qa) {
        if (qa == null) {
            return null;
        }
        List<ProfileCard.Score> scores = objects(qa, Dqv.hasQualityMeasurement).stream()
                .sorted(Comparator.comparing(r -> order(res(r, Dqv.isMeasurementOf), Canon.order)))
                .map(r -> new ProfileCard.Score(label(res(r, Dqv.isMeasurementOf)), number(r, Dqv.value))).toList();
        return ProfileCard.Provenance.assess(scores, number(qa, Canon.passThreshold), integer(qa, Canon.sourceCount),
                label(res(qa, Prov.wasAttributedTo)));
    }

    /** The SSSOM records whose subject is the profile, by target code. */
    private List<ProfileCard.Mapping> mappings(Resource profile) {
        return m.listSubjectsWithProperty(OWL2.annotatedSource, profile).toList().stream().map(ax -> {
            Resource target = res(ax, OWL2.annotatedTarget);
            String targetIri = target == null ? null : target.getURI();
            return new ProfileCard.Mapping(targetIri, CardRules.code(str(target, SKOS.notation), targetIri),
                    Optional.ofNullable(str(ax, Sssom.object_label)).orElse(str(target, SKOS.prefLabel)),
                    uri(res(ax, OWL2.annotatedProperty)), uri(res(ax, Sssom.mapping_justification)),
                    number(ax, Sssom.confidence), str(ax, Sssom.mapping_tool), uri(res(ax, Sssom.author_id)),
                    str(ax, Sssom.mapping_date), ax.getURI());
        }).sorted(Comparator.comparing(ProfileCard.Mapping::code, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    // --- reading the graph

    private static Resource res(Resource r, Property p) {
        Statement s = r == null ? null : r.getProperty(p);
        return s != null && s.getObject().isResource() ? s.getResource() : null;
    }

    private static List<Resource> objects(Resource r, Property p) {
        return r.listProperties(p).filterKeep(s -> s.getObject().isResource()).mapWith(Statement::getResource).toList();
    }

    private static String uri(Resource r) {
        return r == null ? null : r.getURI();
    }

    private static String str(Resource r, Property p) {
        Statement s = r == null ? null : r.getProperty(p);
        if (s == null) {
            return null;
        }
        RDFNode o = s.getObject();
        return o.isLiteral() ? o.asLiteral().getLexicalForm() : o.asResource().getURI();
    }

    private static List<String> strs(Resource r, Property p) {
        return r.listProperties(p).mapWith(s -> s.getObject().isLiteral()
                ? s.getLiteral().getLexicalForm() : s.getResource().getURI()).toList().stream().sorted().toList();
    }

    private static Double number(Resource r, Property p) {
        Statement s = r == null ? null : r.getProperty(p);
        return s != null && s.getObject().isLiteral() && s.getLiteral().getValue() instanceof Number n
                ? n.doubleValue() : null;
    }

    private static Integer integer(Resource r, Property p) {
        Double d = number(r, p);
        return d == null ? null : (int) Math.round(d);
    }

    /** A vocabulary term's name: its skos:prefLabel, else its rdfs:label, else its IRI. */
    private static String label(Resource r) {
        if (r == null) {
            return null;
        }
        return Optional.ofNullable(str(r, SKOS.prefLabel)).or(() -> Optional.ofNullable(str(r, RDFS.label)))
                .orElse(r.getURI());
    }

    private static int order(Resource r, Property p) {
        Integer n = integer(r, p);
        return n == null ? Integer.MAX_VALUE : n;
    }

    private static List<Resource> sorted(List<Resource> items, Property p) {
        List<Resource> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(r -> order(r, p)));
        return copy;
    }
}
