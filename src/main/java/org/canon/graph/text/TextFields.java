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
 * (stop words, Porter stemming); {@link #WORDS} keeps the labels' words as they are, for prefix suggestions;
 * {@link #CODE}, {@link #SCHEME} and {@link #TYPE} are exact strings.
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

    /** The analyzer of every field. */
    static Analyzer analyzer() {
        Analyzer keyword = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(URI, keyword, SCHEME, keyword, TYPE, keyword,
                CODE, keyword, GENERAL, keyword, WORDS, new StandardAnalyzer()));
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
