package org.canon.graph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.canon.graph.TestStores;
import org.canon.graph.external.ExternalImporter;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.canon.graph.store.Tdb2Store;
import org.canon.graph.suggest.SuggestionFixtures;
import org.junit.jupiter.api.Test;

/**
 * The endpoint benchmark's parts that need no running service (the service jar is built after the tests): the
 * sample parameters it reads from a store loaded and imported as the service does it, and how it writes its table.
 */
class EndpointBenchmarkTest {

    @Test
    void samplesComeFromTheStoreSpreadOverEachKindOfConcept() {
        Path store = TestStores.newFolder("endpoints").resolve("store");
        try (CanonStore st = Tdb2Store.open(store)) {
            new CanonLoader(ServiceBuilders.forStore(store)).load(SourceLayout.folder(Path.of(".")), st);
            new ExternalImporter(ServiceBuilders.forStore(store)).importInto(List.of(SuggestionFixtures.externalFixtures()), st);
            EndpointBenchmark.Samples s = EndpointBenchmark.samples(st);
            // the shipped taxonomy has 132 profiles: 16 of them, spread, the first and distinct
            assertThat(s.profiles()).hasSize(EndpointBenchmark.SAMPLES).doesNotHaveDuplicates()
                    .allMatch(code -> code.matches("[A-Z]+\\.[A-Z]+[0-9]+\\.[MP][0-9]"));
            assertThat(s.occupations()).isNotEmpty().allMatch(code -> code.matches("\\d{2}-\\d{4}\\.\\d{2}"));
            assertThat(s.escoOccupations()).isNotEmpty().allMatch(iri -> iri.startsWith("http://data.europa.eu/esco/occupation/"));
            assertThat(s.focusNames()).isNotEmpty();
        }
    }

    @Test
    void theTableSaysWhichTargetIsMissed() {
        Latency fast = new Latency(1, 10, 4.2, 9.0, 9.5, 0);
        Latency slow = new Latency(1, 10, 61.0, 90.0, 95.0, 2);
        EndpointBenchmark.Results r = new EndpointBenchmark.Results("endpoints", Machine.detect(), "2026-11-30T00:00:00Z",
                "../shared/data", 100, 1.0, 1000, 20.0, 25.0, 5.0, List.of(
                new EndpointBenchmark.Endpoint("similar occupations", "/api/similar?code=15-1211.00", 30, fast),
                new EndpointBenchmark.Endpoint("suggestions", "/api/suggestions?code=x", 50, slow),
                new EndpointBenchmark.Endpoint("profile page (HTML)", "/id/profile/X", 0, fast)));
        String md = EndpointBenchmark.markdown(r);
        assertThat(md).contains("| similar occupations | `/api/similar?code=15-1211.00` | " + fast.cell() + " | 0 | 30 ms | yes |")
                .contains("| suggestions | `/api/suggestions?code=x` | " + slow.cell() + " | 2 | 50 ms | **no** |")
                .contains("| profile page (HTML) | `/id/profile/X` | " + fast.cell() + " | 0 |  |  |")
                .contains("took 20.0 s");
        assertThat(EndpointBenchmark.prefix("Customer Support")).isEqualTo("customer sup");
        assertThat(EndpointBenchmark.prefix("Payroll")).isEqualTo("payr");
    }
}
