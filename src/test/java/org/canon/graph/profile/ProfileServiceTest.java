package org.canon.graph.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.canon.graph.TestStores;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.query.QueryCatalog;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.similarity.SimilarityBuilder;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.canon.graph.vocab.Canon;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The neighbours and the next steps of a profile as typed records, over the shipped taxonomy loaded as the service
 * loads it (with the similarity graph): the modes of {@code adjacency} and the moves into other functions of
 * {@code career-paths}, checked against the documented rules and the {@code skills} query rather than against copies
 * of their figures.
 */
class ProfileServiceTest {
    static final String M3 = "HEALTH.HEALTHIN8668.M3";
    static CanonStore store;
    static ProfileService profiles;

    @BeforeAll
    static void load() {
        store = TestStores.open("profile-service");
        SourceLayout layout = SourceLayout.folder(Path.of("."));
        new CanonLoader(List.of(new SimilarityBuilder())).load(layout, store);
        profiles = new ProfileService(new QueryRunner(store, new QueryCatalog(layout), QueryRunner.Limits.DEFAULTS), store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void eachModeRanksByItsColumnAndTheBlendIsTheDocumentedOne() {
        List<AdjacentRole> blend = profiles.adjacent(M3, 20, null, AdjacencyMode.blend);
        assertThat(blend).hasSize(20).isSortedAccordingTo(Comparator.comparing(AdjacentRole::blend).reversed());
        // the blend is stored from the exact distance; the distance shown is rounded to 3 places
        blend.forEach(r -> assertThat(r.blend()).as(r.profileCode())
                .isCloseTo(0.5 * r.skillSimilarity() + 0.5 * (1 - r.distance()), within(0.0003)));
        assertThat(profiles.adjacent(M3, 20, null, AdjacencyMode.skills))
                .isSortedAccordingTo(Comparator.comparing(AdjacentRole::skillSimilarity).reversed());
        List<AdjacentRole> structure = profiles.adjacent(M3, 20, null, null);
        assertThat(structure).isEqualTo(profiles.adjacent(M3, 20, null, AdjacencyMode.structure))
                .isSortedAccordingTo(Comparator.comparing(AdjacentRole::distance));
        // the three modes differ, and the blend keeps what both others rank first
        assertThat(blend).isNotEqualTo(structure);
        assertThat(blend.get(0).profileCode()).isEqualTo(structure.get(0).profileCode());
    }

    @Test
    void movesIntoOtherFunctionsComeLastWithTheSkillsThatCarryOverAndThoseToGain() {
        List<CareerStep> steps = profiles.careerPaths(M3, 3);
        List<CareerStep> structural = profiles.careerPaths(M3, null);
        assertThat(profiles.careerPaths(M3, 0)).isEqualTo(structural);
        assertThat(structural).noneMatch(s -> s.move().equals("other-function") || s.carriedSkills() != null);
        assertThat(steps.subList(0, structural.size())).isEqualTo(structural);
        List<CareerStep> moves = steps.subList(structural.size(), steps.size());
        assertThat(moves).hasSize(3).allMatch(s -> s.move().equals("other-function") && !s.function().equals("HEALTH"))
                .isSortedAccordingTo(Comparator.comparing(CareerStep::blend).reversed());
        Set<String> own = directSkills(M3);
        for (CareerStep move : moves) {
            Set<String> target = directSkills(move.profileCode());
            assertThat(move.carriedSkills()).as(move.profileCode()).isSorted()
                    .containsExactlyInAnyOrderElementsOf(target.stream().filter(own::contains).toList());
            assertThat(move.skillsToGain()).as(move.profileCode()).isSorted()
                    .containsExactlyInAnyOrderElementsOf(target.stream().filter(s -> !own.contains(s)).toList());
        }
    }

    /** The names of a profile's focus, function-baseline, track and level skills, from the {@code skills} query. */
    static Set<String> directSkills(String code) {
        Set<String> direct = Set.of(Canon.FocusSkillSource.getURI(), Canon.FunctionBaselineSource.getURI(),
                Canon.TrackSource.getURI(), Canon.LevelSource.getURI());
        Set<String> names = new TreeSet<>();
        profiles.skills(code).stream().filter(s -> direct.contains(s.source())).forEach(s -> names.add(s.label()));
        return names;
    }
}
