package org.canon.graph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.TextQuery;
import org.canon.graph.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search ranking, filters, prefix suggestions and text:query over a small hand-made index. */
class TextIndexTest {
    static TextIndex index;

    static final List<TextEntry> ENTRIES = List.of(
            new TextEntry("https://example.org/a", "onet-soc", "occupation", "15-1211.01", "Health Informatics Specialists",
                    List.of("Clinical Informatics Specialist"), "Apply information systems to health care.", false),
            new TextEntry("https://example.org/b", "onet-soc", "occupation", "11-9111.00", "Medical and Health Services Managers",
                    List.of("Health Informatics Director"), "Plan and direct medical and health services.", true),
            new TextEntry("https://example.org/c", "esco", "occupation", "2512.4", "software developer",
                    List.of("software engineer"), "Software developers build software systems.", true),
            new TextEntry("https://example.org/d", "canon", "profile", "HEALTH.HEALTHIN8668.M3", "Health Informatics — M3",
                    List.of("Health Informatics Senior Manager"), "Leads clinical informatics teams; informatics.", true));

    @BeforeAll
    static void build() {
        Path dir = TestStores.newFolder("text-index");
        TextIndexWriter.write(dir, ENTRIES);
        index = TextIndex.open(dir);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void ranksAPreferredLabelMatchAboveAnAlternativeOrDefinitionMatch() {
        List<TextIndex.Hit> hits = index.search("health informatics specialist", Set.of(), Set.of(), 10);
        assertThat(hits).extracting(TextIndex.Hit::iri).startsWith("https://example.org/a");
        assertThat(hits).extracting(TextIndex.Hit::iri).doesNotContain("https://example.org/c");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void filtersBySchemeAndType() {
        assertThat(index.search("informatics", Set.of("canon"), Set.of(), 10)).extracting(TextIndex.Hit::iri)
                .containsExactly("https://example.org/d");
        assertThat(index.search("informatics", Set.of(), Set.of("profile", "nothing"), 10)).hasSize(1);
        assertThat(index.search("informatics", Set.of("esco"), Set.of(), 10)).isEmpty();
    }

    @Test
    void aCodeFindsItsConceptFirst() {
        assertThat(index.search("11-9111.00", Set.of(), Set.of(), 3).get(0).iri()).isEqualTo("https://example.org/b");
    }

    @Test
    void suggestsByPrefixPreferredLabelsStartingWithItFirst() {
        // labels starting with the prefix, shorter first; then the one whose alternative label matches
        assertThat(index.suggest("health inf", Set.of(), 5)).extracting(TextIndex.Hit::iri)
                .containsExactly("https://example.org/d", "https://example.org/a", "https://example.org/b");
        assertThat(index.suggest("softw", Set.of(), 5)).extracting(TextIndex.Hit::label).containsExactly("software developer");
        assertThat(index.suggest("  ", Set.of(), 5)).isEmpty();
    }

    @Test
    void readsBackEveryEntry() {
        assertThat(index.entries(Set.of())).containsExactlyInAnyOrderElementsOf(ENTRIES);
        assertThat(index.entry("https://example.org/c")).contains(ENTRIES.get(2));
    }

    @Test
    void similarFindsTheConceptWithTheSameTitles() {
        assertThat(index.similar(List.of("Software Engineer"), "builds software", Set.of("esco"), Set.of(), 5))
                .extracting(TextIndex.Hit::iri).containsExactly("https://example.org/c");
    }

    @Test
    void answersTextQueryInSparql() {
        var dataset = DatasetFactory.create();
        dataset.getContext().set(TextQuery.textIndex, index.forSparql());
        String q = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?s WHERE { ?s text:query (skos:altLabel "engineer") }""";
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
            assertThat(qe.execSelect().next().getResource("s").getURI()).isEqualTo("https://example.org/c");
        }
    }
}
