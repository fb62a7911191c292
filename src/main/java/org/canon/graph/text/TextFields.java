package org.canon.graph.text;

import java.util.Map;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The fields of a text index document, and how each is analysed. The text fields use Lucene's English analyzer
 * (stop words, Porter stemming); {@link #WORDS} and {@link #LABEL_WORDS} keep the labels' words as they are, for
 * prefix suggestions; {@link #CODE}, {@link #SCHEME}, {@link #TYPE} and {@link #LABEL_KEY} are exact strings.
 */
final class TextFields {
    private TextFields() {}

    /** The concept's IRI (jena-text's entity field). */
    static final String URI = "uri";
    static final String SCHEME = "scheme";
    static final String TYPE = "type";
    /** The notation, lower-cased, exact. */
    static final String CODE = "code";
    static final String GENERAL = "general";
    /** skos:prefLabel. */
    static final String LABEL = "label";
    /** skos:altLabel, skos:hiddenLabel, alternate and reported titles. */
    static final String ALT = "altLabel";
    /** skos:definition. */
    static final String DEFINITION = "definition";
    /** skos:notation, analysed (for text:query). */
    static final String NOTATION = "notation";
    /** The words of the preferred and alternative labels, not stemmed. */
    static final String WORDS = "words";
    /** The words of the preferred label alone, not stemmed (suggestions matching it rank first). */
    static final String LABEL_WORDS = "labelWords";
    /** The preferred label, lower-cased, with single spaces, exact (suggestions starting with it rank first). */
    static final String LABEL_KEY = "labelKey";
    /** Doc values: the preferred label's length, and the label lower-cased (the order of suggestions). */
    static final String LABEL_LENGTH = "labelLength", LABEL_SORT = "labelSort";

    /** A label as {@link #LABEL_KEY} holds it, and as a prefix is compared with it. */
    static String key(String label) {
        return label.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** The analyzer of every field. */
    static Analyzer analyzer() {
        Analyzer keyword = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(URI, keyword, SCHEME, keyword, TYPE, keyword,
                CODE, keyword, GENERAL, keyword, LABEL_KEY, keyword, WORDS, new StandardAnalyzer(),
                LABEL_WORDS, new StandardAnalyzer()));
    }

    /** How jena-text's {@code text:query} reads the index: which field holds which SKOS property. */
    static TextIndexConfig jenaTextConfig() {
        EntityDefinition def = new EntityDefinition(URI, LABEL, SKOS.prefLabel.asNode());
        def.set(ALT, SKOS.altLabel.asNode());
        def.set(DEFINITION, SKOS.definition.asNode());
        def.set(NOTATION, SKOS.notation.asNode());
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new EnglishAnalyzer());
        return config;
    }
}
