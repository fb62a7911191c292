package org.canon.graph.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.canon.graph.vocab.Canon;

/**
 * Turns the graph returned by the {@code profile} query into the profile card as plain JSON-ready maps, with
 * the sections of the profile page in page order.
 */
final class ProfileCard {
    private final Model m;

    private ProfileCard(Model m) {
        this.m = m;
    }

    /** The card of the profile with this code, or empty when the graph does not hold it. */
    static Optional<Map<String, Object>> from(Model model, String code) {
        Resource profile = model.createResource(Canon.profile(code));
        if (!model.contains(profile, RDF.type, Canon.Profile)) {
            return Optional.empty();
        }
        return Optional.of(new ProfileCard(model).card(profile));
    }

    private Map<String, Object> card(Resource p) {
        Resource focus = res(p, canon("focus"));
        Resource function = res(p, canon("function"));
        Resource level = res(p, canon("level"));
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("code", str(p, SKOS.notation));
        card.put("iri", p.getURI());
        card.put("title", str(p, SKOS.prefLabel));
        card.put("aliases", strs(p, SKOS.altLabel));
        card.put("function", concept(function));
        Map<String, Object> f = concept(focus);
        f.put("definition", str(focus, SKOS.definition));
        f.put("scopeNote", str(focus, SKOS.scopeNote));
        f.put("skillDifferential", label(res(focus, canon("skillDifferential"))));
        f.put("payDifferential", label(res(focus, canon("payDifferential"))));
        card.put("focus", f);
        card.put("level", level(level));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("status", label(res(p, canon("recordStatus"))));
        record.put("confidenceBand", label(res(p, canon("confidenceBand"))));
        record.put("confidenceScore", number(p, canon("confidenceScore")));
        record.put("region", str(p, canon("region")));
        record.put("version", str(p, OWL2.versionInfo));
        card.put("record", record);
        card.put("responsibilitiesByLevel", ladder(p, focus));
        card.put("levelGuidelines", rubric());
        card.put("skills", skills(focus));
        card.put("marketPay", pay(res(p, m.createProperty(Canon.SCHEMA + "estimatedSalary"))));
        card.put("provenance", quality(res(p, canon("qualityAssessment"))));
        card.put("mappings", mappings(p));
        return card;
    }

    private Map<String, Object> concept(Resource r) {
        Map<String, Object> c = new LinkedHashMap<>();
        if (r != null) {
            c.put("code", str(r, SKOS.notation));
            c.put("label", str(r, SKOS.prefLabel));
            c.put("iri", r.getURI());
        }
        return c;
    }

    private Map<String, Object> level(Resource level) {
        Map<String, Object> l = concept(level);
        if (level == null) {
            return l;
        }
        l.put("displayLabel", str(level, canon("displayLabel")));
        l.put("track", label(res(level, canon("track"))));
        l.put("rank", number(level, canon("rank")));
        l.put("grade", number(level, canon("grade")));
        l.put("definition", str(level, SKOS.definition));
        for (String k : List.of("scope", "autonomy", "complexity", "impact", "decisionRights", "leadership",
                "typicalExperience")) {
            l.put(k, str(level, canon(k)));
        }
        l.put("minYearsExperience", number(level, canon("minYearsExperience")));
        l.put("maxYearsExperience", number(level, canon("maxYearsExperience")));
        return l;
    }

    private List<Map<String, Object>> ladder(Resource profile, Resource focus) {
        List<Map<String, Object>> levels = new ArrayList<>();
        m.listSubjectsWithProperty(canon("focus"), focus).forEachRemaining(sib -> {
            Resource lvl = res(sib, canon("level"));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("level", str(lvl, SKOS.notation));
            entry.put("profile", str(sib, SKOS.notation));
            entry.put("current", sib.equals(profile));
            entry.put("rank", number(lvl, canon("rank")));
            List<Resource> items = new ArrayList<>();
            sib.listProperties(canon("responsibility")).forEachRemaining(s -> items.add(s.getResource()));
            items.sort(Comparator.comparing(r -> order(r)));
            entry.put("responsibilities", items.stream().map(r -> str(r, m.createProperty(Canon.DCTERMS + "description"))).toList());
            levels.add(entry);
        });
        levels.sort(Comparator.comparing(e -> ((Number) e.getOrDefault("rank", 0)).intValue()));
        levels.forEach(e -> e.remove("rank"));
        return levels;
    }

    private List<Map<String, Object>> rubric() {
        Map<String, Map<String, Object>> byLevel = new LinkedHashMap<>();
        List<Resource> cells = m.listSubjectsWithProperty(RDF.type, m.createResource(Canon.NS + "LevelGuideline")).toList();
        cells.sort(Comparator.comparing((Resource c) -> order(res(c, canon("level")), "rank"))
                .thenComparing(c -> order(res(c, canon("rubricDimension")))));
        for (Resource cell : cells) {
            Resource lvl = res(cell, canon("level"));
            Map<String, Object> row = byLevel.computeIfAbsent(str(lvl, SKOS.notation), k -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("level", k);
                return r;
            });
            row.put(label(res(cell, canon("rubricDimension"))), str(cell, m.createProperty(Canon.DCTERMS + "description")));
        }
        return new ArrayList<>(byLevel.values());
    }

    private List<Map<String, Object>> skills(Resource focus) {
        List<Map<String, Object>> skills = new ArrayList<>();
        focus.listProperties(canon("focusSkill")).forEachRemaining(s -> {
            Resource skill = s.getResource();
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("label", str(skill, SKOS.prefLabel));
            k.put("definition", str(skill, SKOS.definition));
            k.put("iri", skill.getURI());
            skills.add(k);
        });
        skills.sort(Comparator.comparing(k -> String.valueOf(k.get("label")).toLowerCase()));
        return skills;
    }

    private Map<String, Object> pay(Resource pay) {
        if (pay == null) {
            return null;
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("currency", str(pay, schema("currency")));
        p.put("median", number(pay, schema("median")));
        p.put("min", number(pay, schema("minValue")));
        p.put("max", number(pay, schema("maxValue")));
        p.put("period", str(pay, schema("duration")));
        return p;
    }

    private Map<String, Object> quality(Resource qa) {
        if (qa == null) {
            return null;
        }
        Map<String, Object> q = new LinkedHashMap<>();
        List<Resource> measurements = new ArrayList<>();
        qa.listProperties(m.createProperty(Canon.DQV + "hasQualityMeasurement"))
                .forEachRemaining(s -> measurements.add(s.getResource()));
        measurements.sort(Comparator.comparing(r -> order(res(r, m.createProperty(Canon.DQV + "isMeasurementOf")))));
        List<Map<String, Object>> scores = new ArrayList<>();
        double min = Double.MAX_VALUE;
        for (Resource r : measurements) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("dimension", label(res(r, m.createProperty(Canon.DQV + "isMeasurementOf"))));
            Number v = number(r, m.createProperty(Canon.DQV + "value"));
            s.put("score", v);
            if (v != null) {
                min = Math.min(min, v.doubleValue());
            }
            scores.add(s);
        }
        Number threshold = number(qa, canon("passThreshold"));
        q.put("scores", scores);
        q.put("minimum", scores.isEmpty() ? null : min);
        q.put("passThreshold", threshold);
        q.put("passed", threshold != null && !scores.isEmpty() && min >= threshold.doubleValue());
        q.put("sourceCount", number(qa, canon("sourceCount")));
        q.put("assessedBy", label(res(qa, m.createProperty(Canon.PROV + "wasAttributedTo"))));
        return q;
    }

    private List<Map<String, Object>> mappings(Resource profile) {
        List<Map<String, Object>> out = new ArrayList<>();
        m.listSubjectsWithProperty(OWL2.annotatedSource, profile).forEachRemaining(ax -> {
            Map<String, Object> mm = new LinkedHashMap<>();
            Resource target = res(ax, OWL2.annotatedTarget);
            mm.put("target", target == null ? null : target.getURI());
            mm.put("code", target == null ? null : Optional.ofNullable(str(target, SKOS.notation))
                    .orElse(target.getURI().substring(target.getURI().lastIndexOf('/') + 1)));
            mm.put("label", Optional.ofNullable(str(ax, sssom("object_label"))).orElse(str(target, SKOS.prefLabel)));
            mm.put("predicate", res(ax, OWL2.annotatedProperty).getURI());
            mm.put("justification", uri(res(ax, sssom("mapping_justification"))));
            mm.put("confidence", number(ax, sssom("confidence")));
            mm.put("tool", str(ax, sssom("mapping_tool")));
            mm.put("author", uri(res(ax, sssom("author_id"))));
            mm.put("date", str(ax, sssom("mapping_date")));
            mm.put("mapping", ax.getURI());
            out.add(mm);
        });
        out.sort(Comparator.comparing(x -> String.valueOf(x.get("code"))));
        return out;
    }

    // --- small helpers over the model

    private Property canon(String local) {
        return m.createProperty(Canon.NS + local);
    }

    private Property schema(String local) {
        return m.createProperty(Canon.SCHEMA + local);
    }

    private Property sssom(String local) {
        return m.createProperty(Canon.SSSOM + local);
    }

    private static Resource res(Resource r, Property p) {
        if (r == null) {
            return null;
        }
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isResource() ? s.getResource() : null;
    }

    private static String uri(Resource r) {
        return r == null ? null : r.getURI();
    }

    private static String str(Resource r, Property p) {
        if (r == null) {
            return null;
        }
        Statement s = r.getProperty(p);
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

    private static Number number(Resource r, Property p) {
        if (r == null || r.getProperty(p) == null || !r.getProperty(p).getObject().isLiteral()) {
            return null;
        }
        Literal l = r.getProperty(p).getLiteral();
        Object v = l.getValue();
        if (v instanceof Number n) {
            return n instanceof java.math.BigDecimal || n instanceof Double || n instanceof Float
                    ? (Number) Double.valueOf(n.doubleValue()) : (Number) Long.valueOf(n.longValue());
        }
        return null;
    }

    private String label(Resource r) {
        if (r == null) {
            return null;
        }
        String l = str(r, SKOS.prefLabel);
        if (l == null) {
            l = str(r, RDFS.label);
        }
        return l != null ? l : r.getURI();
    }

    private int order(Resource r) {
        return order(r, "order");
    }

    private int order(Resource r, String property) {
        Number n = number(r, canon(property));
        return n == null ? Integer.MAX_VALUE : n.intValue();
    }
}
