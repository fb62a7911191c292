package org.canon.graph.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * {@link TextIndex#suggest}: the words typed so far, the last one as a prefix, among the words of the preferred and
 * alternative labels ({@link TextFields#WORDS}); or, for a prefix with a digit, the start of a code. Ranked by two
 * constant scores, the preferred label starting with the prefix ({@link TextFields#LABEL_KEY}) and the words being
 * in the preferred label ({@link TextFields#LABEL_WORDS}), then by the label's length and the label
 * ({@link TextFields#LABEL_LENGTH}, {@link TextFields#LABEL_SORT}): one sorted top-k search, whatever the number
 * of entries that match.
 */
final class Autocomplete {
    /** Reads the words of the prefix and of the labels as {@link TextFields#WORDS} holds them; thread-safe. */
    private static final Analyzer WORDS = new StandardAnalyzer();
    private static final Sort ORDER = new Sort(SortField.FIELD_SCORE,
            new SortField(TextFields.LABEL_LENGTH, SortField.Type.INT), new SortField(TextFields.LABEL_SORT, SortField.Type.STRING));

    private Autocomplete() {}

    static List<TextIndex.Suggestion> complete(IndexSearcher searcher, String prefix, Collection<String> schemes,
                                               Collection<String> types, int limit) throws IOException {
        String key = TextFields.key(prefix);
        List<String> words = TextIndex.tokens(WORDS, TextFields.WORDS, prefix);
        boolean code = key.chars().anyMatch(Character::isDigit);
        if (words.isEmpty() && !code) {
            return List.of();
        }
        BooleanQuery.Builder match = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        if (!words.isEmpty()) {
            match.add(words(TextFields.WORDS, words), Occur.SHOULD);
        }
        if (code) {
            match.add(new PrefixQuery(new Term(TextFields.CODE, key)), Occur.SHOULD);
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(match.build(), Occur.FILTER)
                .add(constant(new PrefixQuery(new Term(TextFields.LABEL_KEY, key)), 2), Occur.SHOULD);
        if (!words.isEmpty()) {
            q.add(constant(words(TextFields.LABEL_WORDS, words), 1), Occur.SHOULD);
        }
        StoredFields stored = searcher.storedFields();
        List<TextIndex.Suggestion> out = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(TextIndex.filtered(q.build(), schemes, types), Math.max(1, limit), ORDER, true).scoreDocs) {
            Document d = stored.document(sd.doc);
            String label = d.get(TextFields.LABEL);
            String notation = d.get(TextFields.NOTATION) == null ? "" : d.get(TextFields.NOTATION);
            List<String> titles = new ArrayList<>(List.of(label));
            titles.addAll(List.of(d.getValues(TextFields.ALT)));
            String matched = titles.stream().filter(t -> completes(words, TextIndex.tokens(WORDS, TextFields.WORDS, t)))
                    .findFirst().orElse(code && notation.toLowerCase(Locale.ROOT).startsWith(key) ? notation : label);
            out.add(new TextIndex.Suggestion(d.get(TextFields.URI), d.get(TextFields.SCHEME), d.get(TextFields.TYPE),
                    notation, label, matched));
        }
        return out;
    }

    /** Every word but the last as a word of the field, the last as the start of one. */
    private static Query words(String field, List<String> words) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            q.add(new TermQuery(new Term(field, words.get(i))), Occur.FILTER);
        }
        q.add(new PrefixQuery(new Term(field, words.get(words.size() - 1))), Occur.FILTER);
        return q.build();
    }

    private static Query constant(Query q, float score) {
        return new BoostQuery(new ConstantScoreQuery(q), score);
    }

    /** Whether a title's words hold the prefix's words, the last one as the start of a word. */
    private static boolean completes(List<String> prefix, List<String> title) {
        if (prefix.isEmpty()) {
            return false;
        }
        String last = prefix.get(prefix.size() - 1);
        return title.containsAll(prefix.subList(0, prefix.size() - 1)) && title.stream().anyMatch(t -> t.startsWith(last));
    }
}
