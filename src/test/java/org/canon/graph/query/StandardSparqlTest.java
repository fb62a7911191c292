package org.canon.graph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every file under {@code sparql/} (named queries and the load's derivations, in any subfolder) is standard
 * SPARQL 1.1, with no engine extension such as ARQ's LATERAL: Jena's strict SPARQL 1.1 parser accepts it, and so
 * does an independent parser, sparqljs in strict mode, when {@code npx} is on the PATH.
 */
class StandardSparqlTest {
    static final String LATERAL = "SELECT * WHERE { ?s ?p ?o LATERAL { SELECT ?x WHERE { ?s ?q ?x } LIMIT 1 } }";

    static List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(Path.of("sparql"))) {
            return all.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    @Test
    void everyFileParsesAsSparql11() throws IOException {
        List<Path> files = files();
        assertThat(files).contains(Path.of("sparql/adjacency.rq"), Path.of("sparql/derived/peer-counts.rq"));
        for (Path file : files) {
            String text = Files.readString(file);
            try {
                QueryFactory.create(text, Syntax.syntaxSPARQL_11);
            } catch (QueryParseException e) {
                throw new AssertionError(file + " is not standard SPARQL 1.1: " + e.getMessage(), e);
            }
        }
    }

    @Test
    void jenaStrictParserRefusesLateral() {
        QueryFactory.create(LATERAL, Syntax.syntaxARQ);
        assertThatThrownBy(() -> QueryFactory.create(LATERAL, Syntax.syntaxSPARQL_11))
                .isInstanceOf(QueryParseException.class);
    }

    @Test
    void everyFileParsesWithSparqljs() throws Exception {
        Assumptions.assumeTrue(onPath("npx"), "npx is not on the PATH: the sparqljs check is skipped");
        Path lateral = Files.createTempFile(Path.of("target"), "lateral", ".rq");
        lateral.toFile().deleteOnExit();
        Files.writeString(lateral, LATERAL);
        assertThat(sparqljs(List.of(lateral)).get(lateral)).as("sparqljs must refuse LATERAL").isNotNull();
        Map<Path, String> errors = sparqljs(files());
        assertThat(errors).as("files sparqljs cannot parse").isEmpty();
    }

    /** Parses each file with {@code npx --yes sparqljs@3 --strict FILE}, four at a time; the errors by file. */
    static Map<Path, String> sparqljs(List<Path> files) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Map<Path, Future<String>> runs = files.stream()
                    .collect(Collectors.toMap(f -> f, f -> pool.submit(() -> run(f))));
            Map<Path, String> errors = new TreeMap<>();
            for (Map.Entry<Path, Future<String>> r : runs.entrySet()) {
                String error = r.getValue().get();
                if (error != null) {
                    errors.put(r.getKey(), error);
                }
            }
            return errors;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Null when sparqljs parses the file, else its error output. */
    private static String run(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("npx", "--yes", "sparqljs@3", "--strict", file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "sparqljs did not finish within 180 s";
        }
        return p.exitValue() == 0 ? null : err.lines().filter(l -> l.contains("error")).findFirst().orElse(err);
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
