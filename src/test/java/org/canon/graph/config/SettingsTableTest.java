package org.canon.graph.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The README's Settings table lists every setting of {@link CanonProperties} with its default: the defaults written
 * there, bound as Spring binds a setting, give the same values as a fresh {@code CanonProperties}; settings without a
 * default are marked unset.
 */
class SettingsTableTest {
    private static final Pattern ROW = Pattern.compile("^\\| (`canon\\.[^|]+) \\| ([^|]+) \\|", Pattern.MULTILINE);
    /** README row: setting name to its default as written (backticks removed), in table order. */
    private static final Map<String, String> TABLE = new LinkedHashMap<>();

    @BeforeAll
    static void readTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## Settings");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Matcher m = ROW.matcher(section);
        while (m.find()) {
            String first = null;
            // "`canon.store.remote.user`, `.password`": the second name continues the first one's prefix
            for (String name : m.group(1).replace("`", "").split(",\\s*")) {
                String full = name.startsWith(".") ? first.substring(0, first.lastIndexOf('.')) + name : name;
                first = full;
                TABLE.put(full, m.group(2).trim().replace("`", ""));
            }
        }
    }

    @Test
    void everySettingHasARowAndEveryRowASetting() {
        assertThat(TABLE.keySet()).containsExactlyInAnyOrderElementsOf(defaults().keySet());
    }

    @Test
    void theDefaultsInTheTableAreTheDefaults() {
        Map<String, Object> defaults = defaults();
        Map<String, String> written = new TreeMap<>();
        TABLE.forEach((name, text) -> {
            if (!text.startsWith("(unset")) {
                written.put(name, text);
            }
        });
        CanonProperties bound = new Binder(new MapConfigurationPropertySource(written))
                .bind("canon", Bindable.ofInstance(new CanonProperties())).get();
        Map<String, Object> fromTable = values(bound, "canon");
        defaults.forEach((name, value) -> {
            if (value == null) {
                assertThat(TABLE.get(name)).as(name + " has no default").startsWith("(unset");
            } else {
                assertThat(written).as(name).containsKey(name);
                assertThat(fromTable.get(name)).as(name + " in the README").isEqualTo(value);
            }
        });
    }

    private static Map<String, Object> defaults() {
        return values(new CanonProperties(), "canon");
    }

    /** Every setting under {@code prefix}: its name (kebab case, as in the README) and its value in {@code bean}. */
    private static Map<String, Object> values(Object bean, String prefix) {
        Map<String, Object> values = new TreeMap<>();
        for (Field f : List.of(bean.getClass().getDeclaredFields())) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            f.setAccessible(true);
            String name = prefix + "." + f.getName().replaceAll("([A-Z])", "-$1").toLowerCase();
            Object value;
            try {
                value = f.get(bean);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (f.getType().getDeclaringClass() == CanonProperties.class && !f.getType().isEnum()) {
                values.putAll(values(value, name));
            } else {
                values.put(name, value);
            }
        }
        return values;
    }
}
