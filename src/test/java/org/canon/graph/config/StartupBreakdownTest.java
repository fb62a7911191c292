package org.canon.graph.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * The breakdown of a start-up from recorded steps, as Spring records them: the refresh with its bean-definition phase,
 * beans made (one needing another), and the load-on-start check and Fuseki's start inside it.
 */
class StartupBreakdownTest {

    @Test
    void phasesAndBeansComeFromTheSteps() throws InterruptedException {
        Instant jvmStart = Instant.now().minusMillis(500);
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100);
        Thread.sleep(20);
        StartupStep refresh = startup.start("spring.context.refresh");
        StartupStep definitions = startup.start("spring.context.beans.post-process");
        Thread.sleep(30);
        definitions.end();
        StartupStep store = startup.start("spring.beans.instantiate").tag("beanName", "canonStore");
        Thread.sleep(40);
        StartupStep catalog = startup.start("spring.beans.instantiate").tag("beanName", "queryCatalog");
        Thread.sleep(50);
        catalog.end();
        store.end();
        StartupStep check = startup.start(StartupBreakdown.STORE_CHECK_STEP);
        Thread.sleep(10);
        check.end();
        StartupStep fuseki = startup.start(StartupBreakdown.FUSEKI_STEP);
        Thread.sleep(20);
        fuseki.end();
        refresh.end();
        Thread.sleep(5);

        StartupBreakdown b = StartupBreakdown.of(startup.getBufferedTimeline(), jvmStart, Instant.now());

        assertThat(b.phasesMs()).containsOnlyKeys("jvm", "environment", "bean-definitions", "beans", "store-check",
                "fuseki", "web-server", "ready");
        assertThat(b.phasesMs().get("jvm")).isGreaterThanOrEqualTo(500);
        assertThat(b.phasesMs().get("environment")).isGreaterThanOrEqualTo(20);
        assertThat(b.phasesMs().get("bean-definitions")).isGreaterThanOrEqualTo(30);
        // the catalog was made for the store: counted once in the beans, by its own time in the list
        assertThat(b.phasesMs().get("beans")).isGreaterThanOrEqualTo(90);
        assertThat(b.slowestBeansMs()).containsOnlyKeys("canonStore", "queryCatalog");
        assertThat(b.slowestBeansMs().get("queryCatalog")).isGreaterThanOrEqualTo(50);
        assertThat(b.slowestBeansMs().get("canonStore")).isGreaterThanOrEqualTo(40)
                .isLessThan(b.phasesMs().get("beans"));
        assertThat(b.phasesMs().get("store-check")).isGreaterThanOrEqualTo(10);
        assertThat(b.phasesMs().get("fuseki")).isGreaterThanOrEqualTo(20);
        assertThat(b.phasesMs().values()).allSatisfy(v -> assertThat(v).isNotNegative());
        long sum = b.phasesMs().values().stream().mapToLong(Long::longValue).sum();
        assertThat(sum).isBetween(b.totalMs() - 10, b.totalMs() + 10);
        assertThat(b.describe()).startsWith(String.format(java.util.Locale.ROOT, "%.2f s: jvm ", b.totalMs() / 1000.0))
                .contains("; slowest beans: ");
    }

    @Test
    void withoutARefreshOnlyTheJvmAndTheRestAreKnown() {
        Instant jvmStart = Instant.now().minusMillis(300);
        BufferingApplicationStartup startup = new BufferingApplicationStartup(10);
        StartupBreakdown b = StartupBreakdown.of(startup.getBufferedTimeline(), jvmStart, Instant.now());
        assertThat(b.phasesMs()).containsOnlyKeys("jvm", "ready");
        assertThat(b.slowestBeansMs()).isEmpty();
        assertThat(b.totalMs()).isGreaterThanOrEqualTo(300);
    }
}
