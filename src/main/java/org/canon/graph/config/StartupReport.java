package org.canon.graph.config;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * When the service is ready, logs what its start-up spent its time on ({@link StartupBreakdown}) in one line and
 * shows it at {@code /actuator/info} under {@code startup}. The steps come from the
 * {@link BufferingApplicationStartup} that {@code CanonGraphApplication.main} gives Spring; they are drained once
 * read, so they hold no memory afterwards. Started otherwise (in tests), only the total is known.
 */
@Component
@ConditionalOnWebApplication
public class StartupReport implements ApplicationListener<ApplicationReadyEvent>, InfoContributor {
    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);
    private volatile StartupBreakdown breakdown;

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Instant ready = Instant.now();
        Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        StartupBreakdown b;
        if (event.getApplicationContext().getApplicationStartup() instanceof BufferingApplicationStartup steps) {
            b = StartupBreakdown.of(steps.drainBufferedTimeline(), jvmStart, ready);
        } else {
            b = new StartupBreakdown(ready.toEpochMilli() - jvmStart.toEpochMilli(), Map.of(), Map.of());
        }
        breakdown = b;
        log.info("Ready in {}", b.describe());
    }

    /** The breakdown of this start, or null before the service is ready. */
    public StartupBreakdown breakdown() {
        return breakdown;
    }

    @Override
    public void contribute(Info.Builder builder) {
        StartupBreakdown b = breakdown;
        if (b != null) {
            Map<String, Object> startup = new LinkedHashMap<>();
            startup.put("totalMs", b.totalMs());
            startup.put("phasesMs", b.phasesMs());
            startup.put("slowestBeansMs", b.slowestBeansMs());
            builder.withDetail("startup", startup);
        }
    }
}
