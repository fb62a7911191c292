package org.canon.graph.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.canon.graph.query.BadParameterException;
import org.canon.graph.store.CanonStore;
import org.canon.graph.text.TextCorpus;
import org.canon.graph.text.TextIndex;
import org.canon.graph.text.TextIndexes;
import org.springframework.stereotype.Service;

/**
 * Search and autocomplete over the text index in use: checks the parameters (each bad one a
 * {@link BadParameterException} naming it), runs {@link TextIndex#search} or {@link TextIndex#suggest}, and answers
 * typed records with the path of each concept's page.
 *
 * <pre>{@code
 * List<SearchHit> hits = search.search("health informatics", List.of("canon"), List.of("profile"), 10);
 * List<Completion> names = search.suggest("health inf", List.of(), List.of(), null);
 * }</pre>
 */
@Service
public class SearchService {
    /** Length of the search text, in characters (trimmed). */
    public static final int MIN_TEXT = 2, MAX_TEXT = 200;
    /** Hits of a search: by default and at most. */
    public static final int DEFAULT_LIMIT = 20, MAX_LIMIT = 1000;
    /** Length of an autocomplete prefix, in characters (trimmed). */
    public static final int MIN_PREFIX = 1, MAX_PREFIX = 100;
    /** Completions of an autocomplete: by default and at most. */
    public static final int DEFAULT_SUGGEST_LIMIT = 10, MAX_SUGGEST_LIMIT = 50;
    /** How {@link SearchHit#matched} names the fields of the index. */
    private static final Map<String, String> FIELD_NAMES = Map.of("label", "title", "altLabel", "alias",
            "definition", "definition", "code", "code");
    private final TextIndexes indexes;
    private final CanonStore store;
    private final Optional<ConceptPages> pages;

    /**
     * @param indexes the text index in use
     * @param store   the store it is built from, when none is open yet
     * @param pages   where the concepts' pages are (empty: answers without {@code page})
     */
    public SearchService(TextIndexes indexes, CanonStore store, Optional<ConceptPages> pages) {
        this.indexes = indexes;
        this.store = store;
        this.pages = pages;
    }

    /**
     * Concepts ranked by relevance to the words of {@code q}.
     *
     * @param schemes schemes to keep (null or empty: all); see {@link #schemes()}
     * @param types   types to keep (null or empty: all); see {@link #types()}
     * @param limit   most hits, 1 to {@value #MAX_LIMIT} (null: {@value #DEFAULT_LIMIT})
     */
    public List<SearchHit> search(String q, Collection<String> schemes, Collection<String> types, Integer limit) {
        String text = text("q", q, MIN_TEXT, MAX_TEXT);
        int n = limit("limit", limit, DEFAULT_LIMIT, MAX_LIMIT);
        TextIndex index = index();
        return index.search(text, values("scheme", schemes, this::schemes), values("type", types, this::types), n).stream()
                .map(h -> new SearchHit(blank(h.notation()), h.label(), Math.round(h.score() * 1e4) / 1e4,
                        String.join(", ", h.fields().stream().map(FIELD_NAMES::get).toList()), h.iri(), h.scheme(),
                        h.type(), page(h.iri()))).toList();
    }

    /** Concepts whose labels (or code) complete the prefix {@code q}; filters and limit as for {@link #search}. */
    public List<Completion> suggest(String q, Collection<String> schemes, Collection<String> types, Integer limit) {
        String prefix = text("q", q, MIN_PREFIX, MAX_PREFIX);
        int n = limit("limit", limit, DEFAULT_SUGGEST_LIMIT, MAX_SUGGEST_LIMIT);
        TextIndex index = index();
        return index.suggest(prefix, values("scheme", schemes, this::schemes), values("type", types, this::types), n).stream()
                .map(s -> new Completion(s.label(), s.matched(), blank(s.notation()), s.iri(), s.scheme(), s.type(),
                        page(s.iri()))).toList();
    }

    /** The schemes a search may keep: those of {@link TextCorpus#SCHEMES} and any other the index holds. */
    public SortedSet<String> schemes() {
        SortedSet<String> all = new TreeSet<>(TextCorpus.SCHEMES);
        all.addAll(index().schemes());
        return all;
    }

    /** The types a search may keep: those of {@link TextCorpus#TYPES} and any other the index holds. */
    public SortedSet<String> types() {
        SortedSet<String> all = new TreeSet<>(TextCorpus.TYPES);
        all.addAll(index().types());
        return all;
    }

    private TextIndex index() {
        return indexes.current().orElseGet(() -> indexes.require(store));
    }

    private String page(String iri) {
        return pages.flatMap(p -> p.path(iri)).orElse(null);
    }

    private static String text(String parameter, String value, int min, int max) {
        String text = value == null ? "" : value.trim();
        if (text.length() < min || text.length() > max) {
            throw new BadParameterException(parameter, (text.isEmpty() ? "is missing or blank" : "has "
                    + text.length() + " characters") + "; give " + min + " to " + max + " characters of text");
        }
        return text;
    }

    private static int limit(String parameter, Integer value, int dflt, int max) {
        if (value == null) {
            return dflt;
        }
        if (value < 1 || value > max) {
            throw new BadParameterException(parameter, "must be between 1 and " + max + ", not " + value);
        }
        return value;
    }

    /** The values given (blank ones left out, case ignored), each one of {@code known}. */
    private static Set<String> values(String parameter, Collection<String> given, Supplier<Set<String>> knownValues) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> known = null;
        for (String v : given == null ? List.<String>of() : given) {
            String value = v == null ? "" : v.trim().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            known = known == null ? knownValues.get() : known;
            if (!known.contains(value)) {
                throw new BadParameterException(parameter, "has an unknown value '" + v.trim() + "'; known: "
                        + String.join(", ", new ArrayList<>(known)));
            }
            out.add(value);
        }
        return out;
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
