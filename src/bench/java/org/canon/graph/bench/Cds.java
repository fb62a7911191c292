package org.canon.graph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The service started the way {@code src/main/scripts/run} starts it: the jar extracted with Spring Boot's
 * {@code java -Djarmode=tools -jar canon-graph.jar extract}, and a class-data-sharing archive recorded by a training
 * run that stops once the application context is refreshed ({@code -XX:ArchiveClassesAtExit},
 * {@code -Dspring.context.exit=onRefresh}); the service then starts with {@code -XX:SharedArchiveFile}. The archive
 * names the jars by their absolute paths, so the extracted jar is always started by its absolute path.
 */
final class Cds {
    /** The extracted jar. */
    final Path jar;
    /** The class-data-sharing archive. */
    final Path archive;

    private Cds(Path jar, Path archive) {
        this.jar = jar;
        this.archive = archive;
    }

    /** Extracts {@code jar} into {@code dir} and records the archive there, unless both are newer than the jar. */
    static Cds prepare(Path jar, Path dir) {
        Path app = dir.toAbsolutePath().resolve("app");
        Path extracted = app.resolve(jar.getFileName());
        Path archive = app.resolve("canon-graph.jsa");
        try {
            if (!Files.exists(extracted) || Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(extracted)) > 0) {
                Files2.delete(app);
                run(dir, "extract", "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract",
                        "--destination", app.toString());
            }
            if (!Files.exists(archive) || Files.getLastModifiedTime(extracted).compareTo(Files.getLastModifiedTime(archive)) > 0) {
                Path store = dir.toAbsolutePath().resolve("training-store");
                Files2.delete(store);
                run(dir, "training", "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
                        extracted.toString(), "--canon.store.dir=" + store, "--server.port=0", "--canon.fuseki.port=0");
                Files2.delete(store);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the class-data-sharing start in " + dir, e);
        }
        return new Cds(extracted, archive);
    }

    /** The JVM options that use the archive. */
    List<String> options() {
        return List.of("-XX:SharedArchiveFile=" + archive);
    }

    private static void run(Path dir, String what, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(args));
        Files.createDirectories(dir);
        Path log = dir.resolve(what + ".log");
        try {
            int exit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("The " + what + " run failed (exit " + exit + "); see " + log.toAbsolutePath());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
