package org.canon.graph.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.canon.graph.TestStores;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.profile.ProfileService;
import org.canon.graph.query.QueryCatalog;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.release.ReleaseFixtures;
import org.canon.graph.store.CanonStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.ModelAndView;

/**
 * A profile page says which releases changed the profile ("Changed in release 2 ..."), from the change log: a store
 * into which the hand-made releases r1, r2 and r3 were loaded one after the other ({@link ReleaseFixtures}).
 */
class ReleaseHistoryTest {
    static CanonStore store;
    static ProfilePage profilePage;

    @BeforeAll
    static void load() {
        store = TestStores.open("page-history");
        for (String release : List.of("r1", "r2", "r3")) {
            new CanonLoader().load(ReleaseFixtures.layout(release), store);
        }
        QueryRunner runner = new QueryRunner(store, new QueryCatalog(ReleaseFixtures.layout("r3")),
                QueryRunner.Limits.DEFAULTS);
        profilePage = new ProfilePage(new ProfileService(runner, store), new PageQueries(runner, store));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @SuppressWarnings("unchecked")
    static List<String> history(String code) {
        ModelAndView mv = profilePage.page(code).orElseThrow();
        return (List<String>) mv.getModel().get("history");
    }

    @Test
    void aChangedProfileSaysWhichReleaseChangedItAndWhat() {
        // release 2 renamed M2; release 3 left it as it was
        List<String> m2 = history("LOGISTICS.LOGISTICSWO1024.M2");
        assertThat(m2).hasSize(1);
        assertThat(m2.get(0)).matches("Changed in release 2 \\(\\d{4}-\\d\\d-\\d\\d\\): prefLabel");
    }

    @Test
    void anAddedProfileSaysWhenItWasAdded() {
        assertThat(history("LOGISTICS.LOGISTICSWO1024.P3")).singleElement().asString()
                .matches("Added in release 2 \\(\\d{4}-\\d\\d-\\d\\d\\)");
    }
}
