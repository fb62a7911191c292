package org.canon.graph.similar;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;
import org.canon.graph.TestStores;
import org.canon.graph.api.ApiErrors;
import org.canon.graph.external.ExternalImporter;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.query.QueryCatalog;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.similarity.SimilarityBuilder;
import org.canon.graph.store.CanonStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The similarity endpoints over the shipped taxonomy and the hand-made ratings fixture
 * (src/test/resources/similarity/onet, whose nearest neighbours are known).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimilarControllerTest {
    CanonStore store;
    MockMvc mvc;

    @BeforeAll
    void start() {
        store = TestStores.open("similar-api");
        SourceLayout layout = SourceLayout.folder(Path.of("."));
        new CanonLoader(List.of(new SimilarityBuilder())).load(layout, store);
        new ExternalImporter(List.of(new SimilarityBuilder())).importInto(List.of(Path.of("src/test/resources/similarity/onet")), store);
        QueryRunner runner = new QueryRunner(store, new QueryCatalog(layout), QueryRunner.Limits.DEFAULTS);
        mvc = MockMvcBuilders.standaloneSetup(new SimilarController(new SimilarService(runner, store)))
                .setControllerAdvice(new ApiErrors()).build();
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void similarOccupationsAreTypedRecordsWithTheirEvidence() throws Exception {
        mvc.perform(get("/api/similar?scheme=onet-soc&code=15-1211.00&limit=2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].rank").value(1))
                .andExpect(jsonPath("$[0].code").value("15-1211.01"))
                .andExpect(jsonPath("$[0].label").value("Health Informatics Specialists"))
                .andExpect(jsonPath("$[0].score").isNumber())
                .andExpect(jsonPath("$[0].evidence.jobZoneDifference").value(0))
                .andExpect(jsonPath("$[0].evidence.sharedElements.length()").value(3))
                .andExpect(jsonPath("$[0].evidence.sharedElements[0].code").value("2.C.3.a"))
                .andExpect(jsonPath("$[0].evidence.sharedElements[0].label").value("Computers and Electronics"))
                .andExpect(jsonPath("$[0].evidence.sharedElements[0].contribution").isNumber())
                .andExpect(jsonPath("$[1].code").value("15-1252.00"));
        // the scheme defaults to onet-soc, the limit to 10 (the fixture has six other occupations)
        mvc.perform(get("/api/similar?code=35-2014.00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(6))
                .andExpect(jsonPath("$[0].code").value("29-1141.00"))
                .andExpect(jsonPath("$[0].evidence.jobZoneDifference").value(1))
                .andExpect(jsonPath("$[0].evidence.sharedElements.length()").value(0));
    }

    @Test
    void similarProfilesAreRankedTypedRecords() throws Exception {
        mvc.perform(get("/api/profiles/HEALTH.HEALTHIN8668.M3/similar?limit=3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].rank").value(1))
                .andExpect(jsonPath("$[0].code").value("HEALTH.HEALTHIN8668.M2"))
                .andExpect(jsonPath("$[0].title").value("Health Informatics — M2"))
                .andExpect(jsonPath("$[0].function").value("HEALTH"))
                .andExpect(jsonPath("$[0].otherFunction").value(false))
                .andExpect(jsonPath("$[2].rank").value(3))
                .andExpect(jsonPath("$[2].skillSimilarity").value(org.hamcrest.Matchers.lessThanOrEqualTo(1.0)));
        mvc.perform(get("/api/profiles/HEALTH.HEALTHIN8668.M3/similar?scope=other-functions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(10))
                .andExpect(jsonPath("$[*].otherFunction").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is(true))));
        mvc.perform(get("/api/profiles/HEALTH.HEALTHIN8668.M9/similar"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/profiles/HEALTH.HEALTHIN8668.M3/similar?scope=anywhere"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("scope"));
    }

    @Test
    void badInputIsProblemJson() throws Exception {
        mvc.perform(get("/api/similar?code=15-1211"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.parameter").value("code"));
        mvc.perform(get("/api/similar?scheme=esco&code=15-1211.00"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("scheme"));
        mvc.perform(get("/api/similar?code=15-1211.00&limit=50"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("limit"));
        mvc.perform(get("/api/similar?scheme=onet-soc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/similar?code=99-9999.00"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("99-9999.00")));
    }
}
