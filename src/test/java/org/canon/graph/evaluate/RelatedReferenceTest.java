package org.canon.graph.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.canon.graph.TestStores;
import org.canon.graph.source.SourceException;
import org.junit.jupiter.api.Test;

/** Reading a related-occupations reference: columns by name, primary tiers as the truth, errors by line. */
class RelatedReferenceTest {
    static final Path REFERENCE = Path.of("src/test/resources/evaluate/related-reference.txt");

    @Test
    void columnsAreReadByNameAndOnlyThePrimaryTiersAreTheTruth() {
        RelatedReference r = RelatedReference.read(REFERENCE);
        assertThat(r.primary()).containsOnlyKeys("15-1211.00", "35-2014.00", "11-3031.01", "51-3011.00");
        assertThat(r.primary().get("15-1211.00")).containsExactly("15-1211.01", "15-1252.00");
        assertThat(r.primary().get("11-3031.01")).isEmpty();
        assertThat(r.scored()).containsOnlyKeys("15-1211.00", "35-2014.00", "51-3011.00")
                .containsEntry("35-2014.00", Set.of("29-1141.00", "11-9111.00"));
    }

    @Test
    void aMissingColumnNamesTheFileAndTheColumn() throws IOException {
        Path file = write("O*NET-SOC Code\tRelated O*NET-SOC Code\tIndex\n15-1211.00\t15-1211.01\t1\n");
        assertThatThrownBy(() -> RelatedReference.read(file)).isInstanceOf(SourceException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("missing column(s) [Relatedness Tier]");
    }

    @Test
    void aBadCodeNamesTheFileAndLine() throws IOException {
        Path file = write("O*NET-SOC Code\tRelated O*NET-SOC Code\tRelatedness Tier\n15-1211.00\t15-1211.01\tPrimary-Short\n"
                + "15-1211\t15-1252.00\tPrimary-Long\n");
        assertThatThrownBy(() -> RelatedReference.read(file)).isInstanceOf(SourceException.class)
                .satisfies(e -> assertThat(((SourceException) e).problems())
                        .containsExactly(file + ", line 3: '15-1211' is not an O*NET-SOC code (NN-NNNN.NN)"));
    }

    static Path write(String text) throws IOException {
        Path file = TestStores.newFolder("reference").resolve("Related Occupations.txt");
        Files.writeString(file, text);
        return file;
    }
}
