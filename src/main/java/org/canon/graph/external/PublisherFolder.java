package org.canon.graph.external;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.canon.graph.source.SourceException;
import org.canon.graph.source.SourceFile;

/**
 * A folder holding one publisher's files as downloaded (or converted copies of them). Files are found by name,
 * ignoring case, the first of the names given that is present: importers name the publisher's own file before
 * a converted copy, so that the same file is read whatever else the folder holds. Files are reported as
 * {@code folder/file} (e.g. {@code onet/Skills.txt}). The folder remembers which files were read, which other
 * candidates were passed over for them and any note an importer made, for {@link #report()}.
 */
final class PublisherFolder {
    private final Path dir;
    private final Map<String, List<String>> passedOver = new LinkedHashMap<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();
    private final List<String> read = new ArrayList<>();

    PublisherFolder(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** The first of {@code names} present in the folder. */
    Optional<SourceFile> find(String... names) {
        List<Path> present = present(names);
        if (present.isEmpty()) {
            return Optional.empty();
        }
        Path p = present.get(0);
        String name = name(p);
        passedOver.put(name, present.stream().skip(1).map(f -> f.getFileName().toString()).toList());
        return Optional.of(new SourceFile(name, () -> {
            if (!read.contains(name)) {
                read.add(name);
            }
            return Files.newInputStream(p);
        }));
    }

    /** The first of {@code names} present; an error naming the folder and the expected names when none is. */
    SourceFile require(String... names) {
        return find(names).orElseThrow(() -> new SourceException(dir + ": missing file " + String.join(" or ", names)));
    }

    /** Whether one of {@code names} is present (nothing is remembered as read). */
    boolean has(String... names) {
        return !present(names).isEmpty();
    }

    /** Adds a note about a file to {@link #report()}, e.g. how many of its rows were used. */
    void note(SourceFile file, String note) {
        notes.computeIfAbsent(file.name(), n -> new ArrayList<>()).add(note);
    }

    /**
     * The names of the files read, in the order they were first opened, each with its notes and the candidates
     * passed over for it, e.g. {@code Skills.xlsx (not read: Skills.tsv)}.
     */
    List<String> report() {
        return read.stream().map(name -> {
            List<String> parts = new ArrayList<>(notes.getOrDefault(name, List.of()));
            List<String> others = passedOver.getOrDefault(name, List.of());
            if (!others.isEmpty()) {
                parts.add("not read: " + String.join(", ", others));
            }
            String file = name.substring(name.indexOf('/') + 1);
            return parts.isEmpty() ? file : file + " (" + String.join("; ", parts) + ")";
        }).toList();
    }

    /** The files of the folder, sorted by name. */
    List<String> files() {
        return list().stream().map(p -> p.getFileName().toString()).toList();
    }

    private List<Path> present(String... names) {
        List<Path> files = list();
        List<Path> found = new ArrayList<>();
        for (String name : names) {
            files.stream().filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).findFirst()
                    .filter(p -> !found.contains(p)).ifPresent(found::add);
        }
        return found;
    }

    private String name(Path p) {
        return dir.getFileName() + "/" + p.getFileName();
    }

    private List<Path> list() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    @Override
    public String toString() {
        return dir.toString();
    }
}
