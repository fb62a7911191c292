package org.canon.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ontology as OWL tools see it, checked with ROBOT (the OBO Foundry's OWL tool): {@code ontology/canon.ttl} and
 * the ESCO alignment with its import closure are in the OWL 2 DL profile, {@code robot report} with
 * {@code ontology/robot/report-profile.txt} finds no ERROR, and HermiT finds the ontology with the whole taxonomy
 * consistent. Each check also runs over a small broken fixture
 * ({@code src/test/resources/ontology/}) and must fail there, so a check that cannot fail does not pass unnoticed.
 *
 * <p>ROBOT runs in a JVM of its own, on the classpath the build writes to {@code target/robot/classpath.txt}
 * (see the pom: ROBOT's Jena 3 and OWL API cannot share the test classpath with Jena 5). Its imports resolve
 * through {@code ontology/catalog-v001.xml}, so nothing is fetched.
 */
class OntologyRobotTest {
    static final Path CLASSPATH = Path.of("target/robot/classpath.txt");
    static final Path OUT = Path.of("target/robot");
    static final Path FIXTURES = Path.of("src/test/resources/ontology");

    /** What one ROBOT run gave: exit code and what it printed. */
    record Run(int exit, String output) {}

    @BeforeAll
    static void robotClasspath() {
        assertThat(CLASSPATH).as("ROBOT's classpath, written by the build (./mvnw generate-test-resources)").exists();
    }

    @Test
    void canonOntologyIsOwl2Dl() throws Exception {
        String report = validateDl(Path.of("ontology/canon.ttl"), "canon-dl.txt");
        assertThat(report).contains("in profile").doesNotContain("NOT in profile");
    }

    @Test
    void escoAlignmentWithItsImportIsOwl2Dl() throws Exception {
        String report = validateDl(Path.of("ontology/canon-esco-alignment.ttl"), "alignment-dl.txt");
        assertThat(report).contains("Ontology and imports closure in profile");
    }

    @Test
    void datatypeAsIndividualIsNotDl() throws Exception {
        Run run = robot("validate-profile", "--profile", "DL", "--input", FIXTURES.resolve("not-dl.ttl").toString(),
                "--output", OUT.resolve("not-dl.txt").toString());
        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(Files.readString(OUT.resolve("not-dl.txt")))
                .contains("NOT in profile").contains("Use of reserved vocabulary for individual IRI: xsd:decimal");
    }

    @Test
    void reportOfCanonOntologyHasNoError() throws Exception {
        List<String[]> rows = report(Path.of("ontology/canon.ttl"), "canon-report.tsv");
        assertThat(rows).as("ERROR rows of robot report").filteredOn(r -> r[0].equals("ERROR"))
                .extracting(r -> String.join(" ", r)).isEmpty();
    }

    @Test
    void reportFindsDuplicateLabelsAndMissingDefinitions() throws Exception {
        List<String> errors = report(FIXTURES.resolve("report-errors.ttl"), "report-errors.tsv").stream()
                .filter(r -> r[0].equals("ERROR")).map(r -> r[1] + " " + r[2]).toList();
        assertThat(errors).contains(
                "duplicate_label https://w3id.org/canon/ontology#Track",
                "duplicate_label https://w3id.org/canon/ontology#TrackSource",
                "missing-skos-definition https://w3id.org/canon/ontology#TrackSource",
                "missing-is-defined-by https://w3id.org/canon/ontology#TrackSource");
        assertThat(errors).noneMatch(e -> e.endsWith("#Track") && e.contains("missing"));
    }

    @Test
    void ontologyWithTheTaxonomyIsConsistentForHermit() throws Exception {
        List<String> args = new ArrayList<>(List.of("merge", "--input", "ontology/canon.ttl"));
        try (var files = Files.list(Path.of("data/taxonomy"))) {
            files.filter(f -> f.toString().endsWith(".ttl")).sorted().forEach(f -> args.addAll(List.of("--input", f.toString())));
        }
        args.addAll(List.of("reason", "--reasoner", "HermiT", "--output", OUT.resolve("reasoned.ttl").toString()));
        Run run = robot(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.output()).isZero();
    }

    @Test
    void individualOfDisjointClassesIsInconsistent() throws Exception {
        Run run = robot("merge", "--input", "ontology/canon.ttl", "--input", FIXTURES.resolve("inconsistent.ttl").toString(),
                "reason", "--reasoner", "HermiT", "--output", OUT.resolve("inconsistent.ttl").toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.output()).containsIgnoringCase("inconsistent");
    }

    private static String validateDl(Path ontology, String output) throws Exception {
        Run run = robot("validate-profile", "--catalog", "ontology/catalog-v001.xml", "--profile", "DL",
                "--input", ontology.toString(), "--output", OUT.resolve(output).toString());
        String report = Files.readString(OUT.resolve(output));
        assertThat(run.exit()).as(report + run.output()).isZero();
        return report;
    }

    /** The rows of a {@code robot report} with the project's profile (level, rule, subject, property, value). */
    private static List<String[]> report(Path ontology, String output) throws Exception {
        Run run = robot("report", "--catalog", "ontology/catalog-v001.xml", "--profile", "ontology/robot/report-profile.txt",
                "--fail-on", "none", "--input", ontology.toString(), "--output", OUT.resolve(output).toString());
        assertThat(run.exit()).as(run.output()).isZero();
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(OUT.resolve(output))) {
            if (!line.startsWith("Level\t")) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    /** Runs ROBOT's command line in a new JVM from the project folder (ROBOT reads rule files relative to it). */
    static Run robot(String... args) throws IOException, InterruptedException {
        Files.createDirectories(OUT);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", Files.readString(CLASSPATH).trim(), "org.obolibrary.robot.CommandLineInterface"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(OUT, "robot-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("ROBOT did not finish in 5 minutes: " + String.join(" ", args));
        }
        String output = Files.readString(log);
        System.out.println("robot " + String.join(" ", args) + "\n" + output);
        return new Run(process.exitValue(), output);
    }
}
