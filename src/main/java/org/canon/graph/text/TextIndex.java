package org.canon.graph.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * One generation of the text index, open for searching. Thread-safe; close it when a newer generation replaces it.
 *
 * <pre>{@code
 * try (TextIndex index = TextIndex.open(folder.generation(id))) {
 *     List<TextIndex.Hit> hits = index.search("informatics director", Set.of("canon", "esco"), Set.of(), 10);
 *     List<TextIndex.Hit> names = index.suggest("health inf", Set.of(), 8);
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

    /** One search result. */
    public record Hit(String iri, String scheme, String type, String notation, String label, double score) {}

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
        return run(filtered(words.build(), schemes, types), limit);
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
        return titleWords.isEmpty() && definitionWords.isEmpty() ? List.of() : run(filtered(q.build(), schemes, types), limit);
    }

    private static java.util.stream.Stream<java.util.Map.Entry<String, Double>> top(java.util.Map<String, Double> words, int n) {
        return words.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()
                .thenComparing(java.util.Map.Entry.comparingByKey())).limit(n);
    }

    static final double FIRST_TITLE_WEIGHT = 3, DEFINITION_WEIGHT = 0.3;
    static final int DEFINITION_WORDS = 20, MAX_TITLE_WORDS = 60;

    /**
     * Autocomplete: concepts whose preferred or alternative label has words starting with the words of
     * {@code prefix} (the last one as a prefix), those whose preferred label starts with it first, then shorter
     * labels first.
     */
    public List<Hit> suggest(String prefix, Collection<String> schemes, int limit) {
        List<String> words = tokens(new StandardAnalyzer(), TextFields.WORDS, prefix);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            q.add(new TermQuery(new Term(TextFields.WORDS, words.get(i))), Occur.FILTER);
        }
        q.add(new PrefixQuery(new Term(TextFields.WORDS, words.get(words.size() - 1))), Occur.FILTER);
        String lower = prefix.trim().toLowerCase(Locale.ROOT);
        return run(filtered(q.build(), schemes, List.of()), Math.max(limit * 20, 200)).stream()
                .sorted(Comparator.comparing((Hit h) -> !h.label().toLowerCase(Locale.ROOT).startsWith(lower))
                        .thenComparing(h -> h.label().length()).thenComparing(Hit::label))
                .limit(limit).toList();
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
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the text index in " + dir, e);
        }
    }

    private static Query filtered(Query q, Collection<String> schemes, Collection<String> types) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, Occur.MUST);
        if (!schemes.isEmpty()) {
            b.add(new TermInSetQuery(TextFields.SCHEME, schemes.stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        if (!types.isEmpty()) {
            b.add(new TermInSetQuery(TextFields.TYPE, types.stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        return b.build();
    }

    private List<Hit> run(Query q, int limit) {
        try {
            ScoreDoc[] docs = searcher.search(q, Math.max(1, limit)).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>(docs.length);
            for (ScoreDoc sd : docs) {
                Document d = stored.document(sd.doc);
                hits.add(new Hit(d.get(TextFields.URI), d.get(TextFields.SCHEME), d.get(TextFields.TYPE),
                        d.get(TextFields.NOTATION) == null ? "" : d.get(TextFields.NOTATION), d.get(TextFields.LABEL),
                        sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the text index in " + dir, e);
        }
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
