package org.canon.graph.config;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

/**
 * What the service's start-up spent its time on, in milliseconds, from Spring's recorded start-up steps
 * ({@link org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup}):
 *
 * <ul>
 *   <li>{@code jvm}: from the JVM's start until Spring Boot starts (the launcher, opening the jar);</li>
 *   <li>{@code environment}: settings and the application context made, until its refresh begins;</li>
 *   <li>{@code bean-definitions}: configuration classes, the component scan and auto-configuration's conditions;</li>
 *   <li>{@code beans}: every bean made (with the store opened and the named queries parsed);</li>
 *   <li>{@code store-check}: the load-on-start check of the store (and the load, on a first start);</li>
 *   <li>{@code fuseki}: Fuseki and its UI started;</li>
 *   <li>{@code web-server}: the rest of the refresh, chiefly Tomcat started;</li>
 *   <li>{@code ready}: from the refresh until the service says it is ready.</li>
 * </ul>
 *
 * <p>{@code slowestBeans} lists the beans that took longest to make, each by its own time (without the beans it
 * needed made first).
 *
 * @param totalMs from the JVM's start until the service was ready
 * @param phasesMs the phases above, in that order
 * @param slowestBeansMs the slowest beans, slowest first
 */
public record StartupBreakdown(long totalMs, Map<String, Long> phasesMs, Map<String, Long> slowestBeansMs) {
    /** Step around the load-on-start check ({@link StoreInitializer}). */
    public static final String STORE_CHECK_STEP = "canon.store.check";
    /** Step around Fuseki's start ({@code FusekiLauncher}). */
    public static final String FUSEKI_STEP = "canon.fuseki.start";
    private static final String REFRESH = "spring.context.refresh";
    private static final String POST_PROCESS = "spring.context.beans.post-process";
    private static final String INSTANTIATE = "spring.beans.instantiate";
    private static final int SLOWEST = 8;

    /**
     * The breakdown of a recorded start-up.
     *
     * @param timeline the steps recorded since Spring Boot started (its start time is when recording began)
     * @param jvmStart when the JVM started
     * @param ready when the service was ready
     */
    public static StartupBreakdown of(StartupTimeline timeline, Instant jvmStart, Instant ready) {
        Map<String, Long> phases = new LinkedHashMap<>();
        Instant springStart = timeline.getStartTime();
        phases.put("jvm", ms(jvmStart, springStart));
        List<StartupTimeline.TimelineEvent> events = timeline.getEvents();
        StartupTimeline.TimelineEvent refresh = events.stream().filter(e -> named(e, REFRESH)).findFirst().orElse(null);
        if (refresh == null) {
            phases.put("ready", ms(springStart, ready));
            return new StartupBreakdown(ms(jvmStart, ready), phases, Map.of());
        }
        phases.put("environment", ms(springStart, refresh.getStartTime()));
        Map<Long, StartupTimeline.TimelineEvent> byId = new HashMap<>();
        events.forEach(e -> byId.put(e.getStartupStep().getId(), e));
        long postProcess = total(events, POST_PROCESS);
        long storeCheck = total(events, STORE_CHECK_STEP);
        long fuseki = total(events, FUSEKI_STEP);
        // beans made directly by the refresh (not as another bean's dependency), with what they needed
        long beans = 0;
        Map<Long, Long> dependencies = new HashMap<>();
        for (StartupTimeline.TimelineEvent e : events) {
            StartupTimeline.TimelineEvent parent = byId.get(e.getStartupStep().getParentId());
            if (named(e, INSTANTIATE)) {
                if (parent == null || !named(parent, INSTANTIATE)) {
                    beans += e.getDuration().toMillis();
                } else {
                    dependencies.merge(parent.getStartupStep().getId(), e.getDuration().toNanos(), Long::sum);
                }
            }
        }
        Map<String, Long> self = new HashMap<>();
        for (StartupTimeline.TimelineEvent e : events) {
            if (named(e, INSTANTIATE)) {
                long own = e.getDuration().toNanos() - dependencies.getOrDefault(e.getStartupStep().getId(), 0L);
                self.merge(beanName(e.getStartupStep()), own / 1_000_000, Long::sum);
            }
        }
        phases.put("bean-definitions", postProcess);
        phases.put("beans", beans);
        phases.put("store-check", storeCheck);
        phases.put("fuseki", fuseki);
        phases.put("web-server", Math.max(0, refresh.getDuration().toMillis() - postProcess - beans - storeCheck - fuseki));
        phases.put("ready", ms(refresh.getEndTime(), ready));
        List<Map.Entry<String, Long>> slowest = new ArrayList<>(self.entrySet());
        slowest.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> top = new LinkedHashMap<>();
        slowest.stream().limit(SLOWEST).forEach(b -> top.put(b.getKey(), b.getValue()));
        return new StartupBreakdown(ms(jvmStart, ready), phases, top);
    }

    /** One line for the log: {@code 9.1 s: jvm 0.8 s, environment 0.4 s, ...; slowest beans: canonStore 0.3 s, ...}. */
    public String describe() {
        StringBuilder b = new StringBuilder(seconds(totalMs)).append(": ");
        List<String> parts = new ArrayList<>();
        phasesMs.forEach((k, v) -> parts.add(k + " " + seconds(v)));
        b.append(String.join(", ", parts));
        if (!slowestBeansMs.isEmpty()) {
            List<String> beans = new ArrayList<>();
            slowestBeansMs.forEach((k, v) -> beans.add(k + " " + seconds(v)));
            b.append("; slowest beans: ").append(String.join(", ", beans));
        }
        return b.toString();
    }

    private static String seconds(long ms) {
        return String.format(java.util.Locale.ROOT, "%.2f s", ms / 1000.0);
    }

    private static boolean named(StartupTimeline.TimelineEvent e, String name) {
        return e.getStartupStep().getName().equals(name);
    }

    private static long total(List<StartupTimeline.TimelineEvent> events, String name) {
        return events.stream().filter(e -> named(e, name)).mapToLong(e -> e.getDuration().toMillis()).sum();
    }

    private static String beanName(StartupStep step) {
        for (StartupStep.Tag t : step.getTags()) {
            if (t.getKey().equals("beanName")) {
                return t.getValue();
            }
        }
        return "?";
    }

    private static long ms(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMillis());
    }
}
