package org.canon.graph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.canon.graph.TestStores;
import org.canon.graph.config.CanonProperties;
import org.canon.graph.derive.DerivedGraphBuilder;
import org.canon.graph.external.ExternalImporter;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.release.ReleaseFixtures;
import org.canon.graph.similarity.SimilarityBuilder;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Known-answer tests of the named queries on the shipped data, kept as data:
 * {@code src/test/resources/queries/{query}/{case}.yaml} gives parameters and expected rows (or triples, and
 * {@code absentTriples} that must not be in the answer);
 * {@code bad-params.yaml} gives parameter values that must be refused, naming the parameter. A case with
 * {@code store: external-fixtures} runs on the shipped data with the external fixtures (test resources
 * {@code external/}) imported too, text index and suggestions included; a case with {@code releases: [r1, r2]}
 * runs instead on a store into which those hand-made releases ({@link ReleaseFixtures}) were loaded one after the
 * other; one with {@code import: [folder, ...]} runs
 * over a store that also holds those fixtures in the publishers' formats (folders under {@code src/test/resources},
 * imported as {@code import} does). Every store is loaded with the similarity graphs, as the service loads it.
 */
class QueryCasesTest {
    static final Path CASES = Path.of("src/test/resources/queries");
    static final SourceLayout LAYOUT = SourceLayout.folder(Path.of("."));
    static CanonStore store;
    static QueryRunner runner;
    static final Map<List<String>, QueryRunner> releaseRunners = new LinkedHashMap<>();
    static final List<CanonStore> releaseStores = new ArrayList<>();
    static final Map<List<String>, CanonStore> importing = new LinkedHashMap<>();
    /** The derived-graph builder the similarity queries need (the service runs it at every load and import). */
    static final List<DerivedGraphBuilder> SIMILARITY = List.of(new SimilarityBuilder());

    @BeforeAll
    static void load() {
        store = TestStores.open("queries");
        new CanonLoader(SIMILARITY).load(LAYOUT, store);
        runner = new QueryRunner(store, new QueryCatalog(LAYOUT), QueryRunner.Limits.DEFAULTS);
    }

    static org.canon.graph.suggest.SuggestionFixtures fixtures;
    static QueryRunner fixtureRunner;

    @AfterAll
    static void close() {
        store.close();
        importing.values().forEach(CanonStore::close);
        if (fixtures != null) {
            fixtures.close();
        }
        releaseStores.forEach(CanonStore::close);
    }

    /**
     * The runner for a case: over the shipped data, with the external fixtures imported, with the fixtures the case
     * imports, or over releases.
     */
    @SuppressWarnings("unchecked")
    static synchronized QueryRunner runnerFor(Map<String, Object> spec) {
        List<String> releases = (List<String>) spec.get("releases");
        if (releases != null) {
            return releaseRunners.computeIfAbsent(releases, names -> {
                CanonStore s = TestStores.open("queries-releases");
                releaseStores.add(s);
                names.forEach(name -> new CanonLoader().load(ReleaseFixtures.layout(name), s));
                return new QueryRunner(s, runner.catalog(), QueryRunner.Limits.DEFAULTS);
            });
        }
        List<String> folders = (List<String>) spec.getOrDefault("import", List.of());
        if (!folders.isEmpty()) {
            CanonStore s = importing.computeIfAbsent(folders, f -> {
                CanonStore fresh = TestStores.open("queries-import");
                new CanonLoader(SIMILARITY).load(LAYOUT, fresh);
                new ExternalImporter(SIMILARITY).importInto(f.stream().map(Path.of("src/test/resources")::resolve).toList(), fresh);
                return fresh;
            });
            return new QueryRunner(s, runner.catalog(), QueryRunner.Limits.DEFAULTS);
        }
        if (!"external-fixtures".equals(spec.get("store"))) {
            return runner;
        }
        if (fixtureRunner == null) {
            fixtures = org.canon.graph.suggest.SuggestionFixtures.open("queries-external");
            fixtureRunner = new QueryRunner(fixtures.store, runner.catalog(), QueryRunner.Limits.DEFAULTS);
        }
        return fixtureRunner;
    }

    @Test
    void everyNamedQueryHasKnownAnswerAndBadParameterCases() throws IOException {
        for (NamedQuery q : runner.catalog().all()) {
            Path dir = CASES.resolve(q.name());
            assertThat(dir).as("cases for " + q.name()).isDirectory();
            try (Stream<Path> files = Files.list(dir)) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                assertThat(names).as(q.name()).contains("bad-params.yaml");
                assertThat(names.stream().filter(n -> !n.equals("bad-params.yaml")).count()).as(q.name()).isPositive();
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> knownAnswers() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(CASES)) {
            for (Path dir : dirs.sorted().toList()) {
                String query = dir.getFileName().toString();
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.sorted().toList()) {
                        Map<String, Object> spec = yaml(file);
                        if (file.getFileName().toString().equals("bad-params.yaml")) {
                            tests.add(DynamicTest.dynamicTest(query + "/bad-params", () -> badParams(query, spec)));
                        } else {
                            tests.add(DynamicTest.dynamicTest(query + "/" + file.getFileName(), () -> knownAnswer(query, spec)));
                        }
                    }
                }
            }
        }
        return tests.stream();
    }

    @SuppressWarnings("unchecked")
    static void knownAnswer(String query, Map<String, Object> spec) {
        QueryRunner runner = runnerFor(spec);
        Map<String, String> params = strings((Map<String, Object>) spec.getOrDefault("params", Map.of()));
        Map<String, Object> expect = (Map<String, Object>) spec.get("expect");
        assertThat(expect).as("expect").isNotNull();
        if (expect.containsKey("triples")) {
            Model model = runner.construct(query, params);
            for (String line : (List<String>) expect.get("triples")) {
                var g = GraphFactory.createDefaultGraph();
                RDFParser.fromString(line, Lang.NTRIPLES).parse(g);
                Triple t = g.find().next();
                assertThat(model.getGraph().contains(t)).as(line).isTrue();
            }
            for (String line : (List<String>) expect.getOrDefault("absentTriples", List.of())) {
                var g = GraphFactory.createDefaultGraph();
                RDFParser.fromString(line, Lang.NTRIPLES).parse(g);
                assertThat(model.getGraph().contains(g.find().next())).as("absent: " + line).isFalse();
            }
            return;
        }
        List<Map<String, String>> rows = lexicalRows(runner.select(query, params));
        if (expect.containsKey("rowCount")) {
            assertThat(rows).hasSize(((Number) expect.get("rowCount")).intValue());
        }
        if (expect.containsKey("minRows")) {
            assertThat(rows.size()).isGreaterThanOrEqualTo(((Number) expect.get("minRows")).intValue());
        }
        for (Map<String, Object> want : (List<Map<String, Object>>) expect.getOrDefault("contains", List.of())) {
            assertThat(rows).as("a row matching " + want).anyMatch(r -> matches(r, want));
        }
        for (Map<String, Object> unwanted : (List<Map<String, Object>>) expect.getOrDefault("absent", List.of())) {
            assertThat(rows).as("no row matching " + unwanted).noneMatch(r -> matches(r, unwanted));
        }
        List<Map<String, Object>> first = (List<Map<String, Object>>) expect.getOrDefault("firstRows", List.of());
        assertThat(rows.size()).as("rows for firstRows").isGreaterThanOrEqualTo(first.size());
        for (int i = 0; i < first.size(); i++) {
            assertThat(matches(rows.get(i), first.get(i))).as("row " + i + " " + rows.get(i) + " matches " + first.get(i)).isTrue();
        }
        Map<String, Map<String, Object>> all = (Map<String, Map<String, Object>>) expect.getOrDefault("allRows", Map.of());
        all.forEach((column, condition) -> rows.forEach(r -> checkCondition(r, column, condition)));
    }

    @SuppressWarnings("unchecked")
    static void badParams(String query, Map<String, Object> spec) {
        for (Map<String, Object> c : (List<Map<String, Object>>) spec.get("cases")) {
            Map<String, String> params = strings((Map<String, Object>) c.get("params"));
            String parameter = String.valueOf(((Map<String, Object>) c.get("error")).get("parameter"));
            assertThatThrownBy(() -> runner.select(query, params).size(), "params " + params)
                    .isInstanceOf(BadParameterException.class)
                    .satisfies(e -> assertThat(((BadParameterException) e).parameter()).isEqualTo(parameter))
                    .hasMessageContaining("'" + parameter + "'");
        }
    }

    static void checkCondition(Map<String, String> row, String column, Map<String, Object> condition) {
        String v = row.get(column);
        assertThat(v).as(column + " in " + row).isNotNull();
        if (condition.containsKey("min")) {
            assertThat(new BigDecimal(v)).as(column).isGreaterThanOrEqualTo(new BigDecimal(String.valueOf(condition.get("min"))));
        }
        if (condition.containsKey("max")) {
            assertThat(new BigDecimal(v)).as(column).isLessThanOrEqualTo(new BigDecimal(String.valueOf(condition.get("max"))));
        }
        if (condition.containsKey("in")) {
            assertThat(((List<?>) condition.get("in")).stream().map(String::valueOf).toList()).as(column).contains(v);
        }
        if (condition.containsKey("matches")) {
            assertThat(v).as(column).matches(String.valueOf(condition.get("matches")));
        }
    }

    static boolean matches(Map<String, String> row, Map<String, Object> want) {
        for (Map.Entry<String, Object> e : want.entrySet()) {
            String actual = row.get(e.getKey());
            String expected = e.getValue() == null ? null : String.valueOf(e.getValue());
            if (expected == null ? actual != null : !same(actual, expected)) {
                return false;
            }
        }
        return true;
    }

    static boolean same(String actual, String expected) {
        if (actual == null) {
            return false;
        }
        if (actual.equals(expected)) {
            return true;
        }
        try {
            return new BigDecimal(actual).compareTo(new BigDecimal(expected)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static List<Map<String, String>> lexicalRows(ResultSetRewindable rs) {
        List<Map<String, String>> rows = new ArrayList<>();
        rs.forEachRemaining(sol -> {
            Map<String, String> row = new LinkedHashMap<>();
            for (String v : rs.getResultVars()) {
                if (sol.contains(v)) {
                    Node n = sol.get(v).asNode();
                    row.put(v, n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                }
            }
            rows.add(row);
        });
        return rows;
    }

    static Map<String, String> strings(Map<String, Object> m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        }
    }
}
