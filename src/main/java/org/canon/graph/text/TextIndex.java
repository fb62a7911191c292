package org.canon.graph.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * One generation of the text index, open for searching. Thread-safe; close it when a newer generation replaces it.
 *
 * <pre>{@code
 * try (TextIndex index = TextIndex.open(folder.generation(id))) {
 *     List<TextIndex.Hit> hits = index.search("informatics director", Set.of("canon", "esco"), Set.of(), 10);
 *     List<TextIndex.Suggestion> names = index.suggest("health inf", Set.of(), Set.of(), 8);
 * }
 * }</pre>
 */
public final class TextIndex implements AutoCloseable {
    /** Field weights of {@link #search}: a word in the preferred label counts most, in the definition least. */
    static final float LABEL_BOOST = 4, ALT_BOOST = 2, DEFINITION_BOOST = 0.5f, CODE_BOOST = 20;
    private final Path dir;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = TextFields.analyzer();
    private TextIndexLucene sparqlIndex;

    static {
        IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 4096));
    }

    private TextIndex(Path dir) throws IOException {
        this.dir = dir;
        this.directory = FSDirectory.open(dir);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens a written generation. */
    public static TextIndex open(Path dir) {
        try {
            return new TextIndex(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the text index in " + dir, e);
        }
    }

    /**
     * One search result.
     *
     * @param fields the fields the words were found in, in the order {@value TextFields#LABEL},
     *               {@value TextFields#ALT}, {@value TextFields#DEFINITION}, {@value TextFields#CODE} (found by
     *               {@link #search}; empty from {@link #similar})
     */
    public record Hit(String iri, String scheme, String type, String notation, String label, double score,
                      List<String> fields) {}

    /**
     * One autocomplete suggestion.
     *
     * @param matched the text the prefix completes: the preferred label, else the first alternative label it
     *                completes, else the code
     */
    public record Suggestion(String iri, String scheme, String type, String notation, String label, String matched) {}

    /** The fields {@link Hit#fields} names, in its order. */
    public static final List<String> MATCH_FIELDS = List.of(TextFields.LABEL, TextFields.ALT, TextFields.DEFINITION,
            TextFields.CODE);

    /**
     * Concepts ranked by relevance to {@code text} (BM25 over the preferred label, alternative labels and titles,
     * and definition, weighted {@value #LABEL_BOOST} : {@value #ALT_BOOST} : {@value #DEFINITION_BOOST}; a query that
     * is a concept's code ranks it first).
     *
     * @param schemes scheme short names to keep (empty: all)
     * @param types   types to keep (empty: all)
     */
    public List<Hit> search(String text, Collection<String> schemes, Collection<String> types, int limit) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String token : tokens(analyzer, TextFields.LABEL, text)) {
            words.add(new BoostQuery(new TermQuery(new Term(TextFields.LABEL, token)), LABEL_BOOST), Occur.SHOULD);
            words.add(new BoostQuery(new TermQuery(new Term(TextFields.ALT, token)), ALT_BOOST), Occur.SHOULD);
            words.add(new BoostQuery(new TermQuery(new Term(TextFields.DEFINITION, token)), DEFINITION_BOOST), Occur.SHOULD);
        }
        words.add(new BoostQuery(new TermQuery(new Term(TextFields.CODE, text.trim().toLowerCase(Locale.ROOT))),
                CODE_BOOST), Occur.SHOULD);
        return run(filtered(words.build(), schemes, types), limit, true);
    }

    /**
     * Concepts whose texts are most like the given ones ("more like this"): the {@value #MAX_TITLE_WORDS} most
     * frequent words of {@code titles} (the first title weighing {@value #FIRST_TITLE_WEIGHT} times the others),
     * searched in the label and alternative-label fields, and the {@value #DEFINITION_WORDS} most frequent words of
     * {@code definition}, searched in the definition field (each weighing {@value #DEFINITION_WEIGHT}); ranked by BM25.
     */
    public List<Hit> similar(List<String> titles, String definition, Collection<String> schemes,
                             Collection<String> types, int limit) {
        java.util.Map<String, Double> titleWords = new java.util.HashMap<>();
        for (int i = 0; i < titles.size(); i++) {
            double w = i == 0 ? FIRST_TITLE_WEIGHT : 1;
            for (String t : new java.util.LinkedHashSet<>(analyze(titles.get(i)))) {
                titleWords.merge(t, w, Double::sum);
            }
        }
        java.util.Map<String, Double> definitionWords = new java.util.HashMap<>();
        analyze(definition).forEach(t -> definitionWords.merge(t, 1.0, Double::sum));
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        top(titleWords, MAX_TITLE_WORDS).forEach(e -> {
            float w = (float) Math.min(e.getValue(), 10);
            q.add(new BoostQuery(new TermQuery(new Term(TextFields.LABEL, e.getKey())), LABEL_BOOST * w), Occur.SHOULD);
            q.add(new BoostQuery(new TermQuery(new Term(TextFields.ALT, e.getKey())), ALT_BOOST * w), Occur.SHOULD);
        });
        top(definitionWords, DEFINITION_WORDS).forEach(e -> q.add(new BoostQuery(new TermQuery(
                new Term(TextFields.DEFINITION, e.getKey())), (float) (DEFINITION_WEIGHT * Math.min(e.getValue(), 3))),
                Occur.SHOULD));
        return titleWords.isEmpty() && definitionWords.isEmpty() ? List.of()
                : run(filtered(q.build(), schemes, types), limit, false);
    }

    private static java.util.stream.Stream<java.util.Map.Entry<String, Double>> top(java.util.Map<String, Double> words, int n) {
        return words.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()
                .thenComparing(java.util.Map.Entry.comparingByKey())).limit(n);
    }

    static final double FIRST_TITLE_WEIGHT = 3, DEFINITION_WEIGHT = 0.3;
    static final int DEFINITION_WORDS = 20, MAX_TITLE_WORDS = 60;

    /**
     * Autocomplete: concepts whose preferred or alternative label has words starting with the words of
     * {@code prefix} (the last one as a prefix; a prefix with a digit also completes codes). Those whose preferred
     * label starts with the prefix come first, then those with the words in their preferred label, then the others
     * (an alternative label or the code); within each, shorter labels first, then alphabetically.
     *
     * @param schemes scheme short names to keep (empty: all)
     * @param types   types to keep (empty: all)
     */
    public List<Suggestion> suggest(String prefix, Collection<String> schemes, Collection<String> types, int limit) {
        try {
            return Autocomplete.complete(searcher, prefix, schemes, types, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the text index in " + dir, e);
        }
    }

    /** The schemes the index holds entries of. */
    public SortedSet<String> schemes() {
        return values(TextFields.SCHEME);
    }

    /** The types the index holds entries of. */
    public SortedSet<String> types() {
        return values(TextFields.TYPE);
    }

    private SortedSet<String> values(String field) {
        SortedSet<String> out = new TreeSet<>();
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms != null) {
                TermsEnum it = terms.iterator();
                for (BytesRef t = it.next(); t != null; t = it.next()) {
                    out.add(t.utf8ToString());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the text index in " + dir, e);
        }
    }

    /** The entry of one concept, if it is in the index. */
    public Optional<TextEntry> entry(String iri) {
        List<TextEntry> found = entries(new TermQuery(new Term(TextFields.URI, iri)), 1);
        return found.stream().findFirst();
    }

    /** Every entry of the given schemes (all when empty), in index order. */
    public List<TextEntry> entries(Collection<String> schemes) {
        return entries(filtered(new MatchAllDocsQuery(), schemes, List.of()), Integer.MAX_VALUE);
    }

    /** Number of entries. */
    public int size() {
        return reader.numDocs();
    }

    /** The words of a text as the index sees them in its text fields (lower-cased, stemmed, no stop words). */
    public List<String> analyze(String text) {
        return tokens(analyzer, TextFields.LABEL, text);
    }

    /**
     * The same index as jena-text sees it, for {@code text:query} in SPARQL: field {@code label} holds
     * skos:prefLabel (the default), {@code altLabel} skos:altLabel, {@code definition} skos:definition and
     * {@code notation} skos:notation.
     */
    public synchronized org.apache.jena.query.text.TextIndex forSparql() {
        if (sparqlIndex == null) {
            sparqlIndex = new TextIndexLucene(directory, TextFields.jenaTextConfig());
        }
        return sparqlIndex;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public synchronized void close() {
        try {
            if (sparqlIndex != null) {
                sparqlIndex.close();
            }
            reader.close();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the text index in " + dir, e);
        }
    }

    /** The query, keeping only entries of the schemes and types given (each: all when empty). */
    static Query filtered(Query q, Collection<String> schemes, Collection<String> types) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, Occur.MUST);
        if (!schemes.isEmpty()) {
            b.add(new TermInSetQuery(TextFields.SCHEME, schemes.stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        if (!types.isEmpty()) {
            b.add(new TermInSetQuery(TextFields.TYPE, types.stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        return b.build();
    }

    /** Runs a query; with {@code fields}, finds which of {@link #MATCH_FIELDS} each hit matched in. */
    private List<Hit> run(Query q, int limit, boolean fields) {
        try {
            ScoreDoc[] docs = searcher.search(q, Math.max(1, limit)).scoreDocs;
            StoredFields stored = searcher.storedFields();
            Weight weight = fields && docs.length > 0
                    ? searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1) : null;
            List<Hit> hits = new ArrayList<>(docs.length);
            for (ScoreDoc sd : docs) {
                Document d = stored.document(sd.doc);
                hits.add(new Hit(d.get(TextFields.URI), d.get(TextFields.SCHEME), d.get(TextFields.TYPE),
                        d.get(TextFields.NOTATION) == null ? "" : d.get(TextFields.NOTATION), d.get(TextFields.LABEL),
                        sd.score, weight == null ? List.of() : matchedFields(weight, sd.doc)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the text index in " + dir, e);
        }
    }

    private List<String> matchedFields(Weight weight, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = weight.matches(leaf, doc - leaf.docBase);
        if (matches == null) {
            return List.of();
        }
        java.util.Set<String> found = new java.util.HashSet<>();
        matches.forEach(found::add);
        return MATCH_FIELDS.stream().filter(found::contains).toList();
    }

    private List<TextEntry> entries(Query q, int limit) {
        try {
            List<TextEntry> out = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(q, Math.min(limit, Math.max(1, reader.numDocs()))).scoreDocs) {
                Document d = stored.document(sd.doc);
                out.add(new TextEntry(d.get(TextFields.URI), d.get(TextFields.SCHEME), d.get(TextFields.TYPE),
                        d.get(TextFields.NOTATION) == null ? "" : d.get(TextFields.NOTATION), d.get(TextFields.LABEL),
                        List.of(d.getValues(TextFields.ALT)),
                        d.get(TextFields.DEFINITION) == null ? "" : d.get(TextFields.DEFINITION),
                        Boolean.parseBoolean(d.get(TextFields.GENERAL))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the text index in " + dir, e);
        }
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text == null ? "" : text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
