package org.canon.graph.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.canon.graph.profile.ProfileCard;
import org.canon.graph.vocab.Canon;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org description a page embeds as JSON-LD ({@code <script type="application/ld+json">}): a profile as an
 * {@code Occupation}, a skill or other concept as a {@code DefinedTerm}. The context is schema.org's vocabulary given
 * inline ({@code "@vocab"}), so that a JSON-LD processor needs no network to read it.
 */
final class JsonLd {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Object> CONTEXT = Map.of("@vocab", "https://schema.org/");
    /** The Canon skills scheme, the DefinedTermSet of the skills. */
    static final String SKILLS_SCHEME = Canon.id("scheme", "canon-skills");
    /** The Canon job taxonomy scheme, the DefinedTermSet of functions, focuses and levels. */
    static final String TAXONOMY_SCHEME = Canon.id("scheme", "canon");

    private JsonLd() {}

    /** A profile as a schema.org Occupation: name, aliases, description, skills, responsibilities, pay, codes. */
    static String occupation(ProfileCard card) {
        Map<String, Object> o = node("Occupation", card.iri());
        o.put("name", card.title());
        if (!card.aliases().isEmpty()) {
            o.put("alternateName", card.aliases());
        }
        if (card.focus() != null && card.focus().definition() != null) {
            o.put("description", card.focus().definition());
        }
        if (card.level() != null && card.level().typicalExperience() != null) {
            o.put("experienceRequirements", card.level().typicalExperience());
        }
        card.responsibilitiesByLevel().stream().filter(ProfileCard.Rung::current).findFirst()
                .ifPresent(r -> o.put("responsibilities", r.responsibilities()));
        List<Object> skills = new ArrayList<>();
        for (ProfileCard.Skill s : card.skills()) {
            Map<String, Object> t = node("DefinedTerm", s.iri());
            t.put("name", s.label());
            if (s.definition() != null) {
                t.put("description", s.definition());
            }
            skills.add(t);
        }
        if (!skills.isEmpty()) {
            o.put("skills", skills);
        }
        ProfileCard.Pay pay = card.marketPay();
        if (pay != null) {
            Map<String, Object> p = node("MonetaryAmountDistribution", null);
            put(p, "currency", pay.currency());
            put(p, "median", pay.median());
            put(p, "minValue", pay.min());
            put(p, "maxValue", pay.max());
            put(p, "duration", pay.period());
            o.put("estimatedSalary", p);
        }
        List<Object> codes = new ArrayList<>();
        for (ProfileCard.Mapping m : card.mappings()) {
            Map<String, Object> c = node("CategoryCode", m.target());
            put(c, "codeValue", m.code());
            put(c, "name", m.label());
            codes.add(c);
        }
        if (!codes.isEmpty()) {
            o.put("occupationalCategory", codes);
        }
        return write(o);
    }

    /** A concept of a scheme as a schema.org DefinedTerm. */
    static String definedTerm(String iri, String name, String code, String description, String scheme) {
        Map<String, Object> t = node("DefinedTerm", iri);
        put(t, "name", name);
        put(t, "termCode", code);
        put(t, "description", description);
        if (scheme != null) {
            t.put("inDefinedTermSet", Map.of("@id", scheme));
        }
        return write(t);
    }

    private static Map<String, Object> node(String type, String id) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (id != null) {
            m.put("@id", id);
        }
        m.put("@type", type);
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    /** The JSON text, safe inside a script element ("<" written as its escape). */
    private static String write(Map<String, Object> top) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", CONTEXT);
        doc.putAll(top);
        return JSON.writeValueAsString(doc).replace("<", "\\u003c");
    }
}
