package org.canon.graph.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.canon.graph.TestStores;
import org.canon.graph.bench.TaxonomyGenerator;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.query.QueryCatalog;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.similarity.ProfileData.Profile;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The similarity graph holds what the queries rank by skills and blend: from every fourth profile, the first ten rows
 * of {@code adjacency} with {@code mode=skills} and {@code mode=blend}, and the ten moves of {@code career-paths} with
 * {@code otherFunctions=10}, are those of ranking every profile in Java (ties by code); and the structural distance
 * {@link Blend} restates is the adjacency query's, for every pair from every seventh profile. On the shipped taxonomy,
 * and on a generated one of 150 profiles in several functions with retired profiles and a partial last focus.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlendTest {
    record Taxonomy(String name, CanonStore store, QueryRunner runner, SimilarProfiles similar) {
        @Override
        public String toString() {
            return name;
        }
    }

    final List<Taxonomy> taxonomies = new ArrayList<>();

    @BeforeAll
    void load() {
        Path generated = TestStores.newFolder("blend-generated");
        TaxonomyGenerator.create().profiles(150).seed(5).sources(SourceLayout.folder(Path.of("."))).build()
                .writeTo(generated);
        taxonomies.add(load("shipped", SourceLayout.folder(Path.of("."))));
        taxonomies.add(load("generated", SourceLayout.folder(generated)));
    }

    Taxonomy load(String name, SourceLayout layout) {
        CanonStore store = TestStores.open("blend-" + name);
        new CanonLoader(List.of(new SimilarityBuilder())).load(layout, store);
        Rows all = Rows.of(new CanonLoader().prepare(layout).graphs().values());
        SimilarProfiles similar = new SimilarProfiles(ProfileData.read(all, all, SimilarProfilesTest.NO_RATINGS));
        return new Taxonomy(name, store, new QueryRunner(store, new QueryCatalog(SourceLayout.folder(Path.of("."))),
                QueryRunner.Limits.DEFAULTS), similar);
    }

    @AfterAll
    void close() {
        taxonomies.forEach(t -> t.store().close());
    }

    Stream<Taxonomy> taxonomies() {
        return taxonomies.stream();
    }

    @ParameterizedTest
    @MethodSource("taxonomies")
    void theFirstTenBySkillsAndByBlendAreThoseOfRankingEveryProfile(Taxonomy t) {
        List<Profile> profiles = t.similar().vectors().profiles;
        for (int p = 0; p < profiles.size(); p += 4) {
            String code = profiles.get(p).code();
            assertThat(rows(t, "adjacency", Map.of("code", code, "mode", "skills"), "skillSimilarity"))
                    .as("skills from " + code).isEqualTo(ranked(t, p, q -> true, SimilarProfiles.Pair::skill));
            assertThat(rows(t, "adjacency", Map.of("code", code, "mode", "blend"), "blend"))
                    .as("blend from " + code).isEqualTo(ranked(t, p, q -> true, SimilarProfiles.Pair::blend));
            int from = p;
            assertThat(rows(t, "career-paths", Map.of("code", code, "otherFunctions", "10"), "blend").stream()
                    .filter(r -> r.startsWith("other-function ")).map(r -> r.substring("other-function ".length())).toList())
                    .as("moves into other functions from " + code).isEqualTo(ranked(t, p,
                            q -> !profiles.get(q).function().equals(profiles.get(from).function()), SimilarProfiles.Pair::blend));
        }
    }

    @ParameterizedTest
    @MethodSource("taxonomies")
    void theDistanceOfTheBlendIsTheQuerys(Taxonomy t) {
        List<Profile> profiles = t.similar().vectors().profiles;
        int compared = 0;
        for (int p = 0; p < profiles.size(); p += 7) {
            for (Map<String, Object> row : t.runner().rows("adjacency",
                    Map.of("code", profiles.get(p).code(), "limit", "1000"))) {
                int q = index(profiles, (String) row.get("profileCode"));
                BigDecimal distance = BigDecimal.valueOf(Blend.distance(profiles.get(p), profiles.get(q)))
                        .divide(BigDecimal.valueOf(Blend.DISTANCE_UNITS), 3, RoundingMode.HALF_UP);
                assertThat(new BigDecimal(row.get("distance").toString())).as(row.toString()).isEqualByComparingTo(distance);
                if (row.containsKey("blend")) {
                    SimilarProfiles.Pair pair = t.similar().pair(p, q);
                    assertThat(new BigDecimal(row.get("skillSimilarity").toString()))
                            .isEqualByComparingTo(BigDecimal.valueOf(pair.skill(), 4));
                    assertThat(new BigDecimal(row.get("blend").toString())).isEqualByComparingTo(BigDecimal.valueOf(pair.blend(), 4));
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    /**
     * The rows of a query as "code value" (the value in units of 1/10000), each after its move when it has one: the
     * first ten of adjacency, every row of career-paths.
     */
    static List<String> rows(Taxonomy t, String query, Map<String, String> params, String column) {
        return t.runner().rows(query, params).stream()
                .map(r -> (r.containsKey("move") ? r.get("move") + " " : "") + r.get("profileCode") + " "
                        + new BigDecimal(r.get(column).toString()).movePointRight(4).intValue())
                .toList();
    }

    /** The first ten active profiles other than {@code p} that {@code keep} keeps, by {@code value}, then code. */
    static List<String> ranked(Taxonomy t, int p, Predicate<Integer> keep, ToIntFunction<SimilarProfiles.Pair> value) {
        List<Profile> profiles = t.similar().vectors().profiles;
        List<int[]> all = new ArrayList<>();
        for (int q = 0; q < profiles.size(); q++) {
            if (q != p && !profiles.get(q).retired() && keep.test(q)) {
                all.add(new int[] {q, value.applyAsInt(t.similar().pair(p, q))});
            }
        }
        return all.stream().sorted(Comparator.<int[]>comparingInt(x -> -x[1]).thenComparing(x -> profiles.get(x[0]).code()))
                .limit(10).map(x -> profiles.get(x[0]).code() + " " + x[1]).toList();
    }

    static int index(List<Profile> profiles, String code) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
