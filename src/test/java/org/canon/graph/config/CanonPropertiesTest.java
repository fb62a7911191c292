package org.canon.graph.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** {@code canon.*} settings bind to {@link CanonProperties}; a bad value stops start-up naming the setting. */
class CanonPropertiesTest {
    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CanonProperties.class)
    static class Settings {}

    @Test
    void settingsBindWithTheirUnits() {
        context.withPropertyValues("canon.store.dir=/var/lib/canon", "canon.store.min-free-space=2GB",
                "canon.store.mode=remote", "canon.query.timeout=30s", "canon.query.max-rows=500",
                "canon.fuseki.dataset=taxonomy", "canon.admin.password=secret").run(ctx -> {
            CanonProperties s = ctx.getBean(CanonProperties.class);
            assertThat(s.getStore().getDir()).isEqualTo(Path.of("/var/lib/canon"));
            assertThat(s.getStore().getMinFreeSpace()).isEqualTo(DataSize.ofGigabytes(2));
            assertThat(s.getStore().getMode()).isEqualTo(CanonProperties.Store.Mode.REMOTE);
            assertThat(s.getQuery().limits().timeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(s.getQuery().limits().maxRows()).isEqualTo(500);
            assertThat(s.getFuseki().getDataset()).isEqualTo("taxonomy");
            assertThat(s.getAdmin().writesEnabled()).isTrue();
        });
    }

    @Test
    void theDefaultsNeedNoSetting() {
        context.run(ctx -> {
            CanonProperties s = ctx.getBean(CanonProperties.class);
            assertThat(s.getFuseki().getPort()).isEqualTo(3030);
            assertThat(s.getAdmin().writesEnabled()).isFalse();
            assertThat(s.getSources().getDir()).isNull();
        });
    }

    @Test
    void aBadValueStopsStartUpNamingTheSetting() {
        for (String[] bad : new String[][] {{"canon.fuseki.port=70000", "fuseki.port"},
                {"canon.fuseki.dataset=my data", "fuseki.dataset"}, {"canon.query.max-rows=0", "query.maxRows"},
                {"canon.query.max-length=10", "query.maxLength"}, {"canon.store.remote.query-endpoint=", "store.remote.queryEndpoint"}}) {
            context.withPropertyValues(bad[0]).run(ctx -> {
                assertThat(ctx).as(bad[0]).hasFailed();
                assertThat(ctx.getStartupFailure()).as(bad[0]).rootCause().hasMessageContaining(bad[1]);
            });
        }
    }

    @Test
    void aValueOfTheWrongKindStopsStartUpNamingTheSetting() {
        for (String bad : new String[] {"canon.store.mode=cloud", "canon.query.timeout=soon", "canon.store.min-free-space=lots"}) {
            context.withPropertyValues(bad).run(ctx -> {
                assertThat(ctx).as(bad).hasFailed();
                assertThat(ctx.getStartupFailure()).as(bad).cause().hasMessageContaining(bad.substring(0, bad.indexOf('=')));
            });
        }
    }
}
