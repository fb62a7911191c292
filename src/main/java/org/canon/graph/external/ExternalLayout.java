package org.canon.graph.external;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.canon.graph.source.SourceException;
import org.canon.graph.source.SourceFile;

/**
 * Where each publisher's files are. A folder given to the import is either one publisher's folder (recognised by
 * its files, whatever its name: {@code Occupation Data.txt} for O*NET, {@code soc_structure_2018.tsv} for
 * SOC 2018, {@code isco08_structure_and_definitions.csv/.tsv} for ISCO-08, {@code occupations_en.csv} for ESCO,
 * a published crosswalk file for the crosswalks) or a folder whose sub-folders are, like {@code ../shared/data}
 * with {@code onet/}, {@code bls-soc-2018/}, {@code isco-08/}, {@code esco/} and {@code crosswalks/}.
 */
final class ExternalLayout {

    /** The kinds of publisher folder and the files that identify each. */
    enum Kind {
        ONET("O*NET", "Occupation Data.txt", "Occupation Data.tsv"),
        SOC2018("SOC 2018", "soc_structure_2018.tsv"),
        ISCO("ISCO-08", IscoImporter.ILO_FILE + ".csv", IscoImporter.ILO_FILE + ".tsv"),
        ESCO("ESCO", EscoImporter.OCCUPATIONS),
        CROSSWALKS("crosswalks", Crosswalks.ONET_FILE, Crosswalks.SOC_FILE, Crosswalks.ISCO_FILES[0],
                Crosswalks.ISCO_FILES[1]);

        final String label;
        final String[] markers;

        Kind(String label, String... markers) {
            this.label = label;
            this.markers = markers;
        }
    }

    private final Map<Kind, PublisherFolder> folders = new EnumMap<>(Kind.class);

    /**
     * Finds the publisher folders in {@code paths}.
     *
     * @throws SourceException when a path is not a folder, holds none of the official files, or when two paths
     *                       hold the same publisher's files
     */
    static ExternalLayout find(List<Path> paths) {
        if (paths.isEmpty()) {
            throw new SourceException("No folder given to import from");
        }
        ExternalLayout layout = new ExternalLayout();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                throw new SourceException(path.toAbsolutePath() + " is not a folder");
            }
            boolean found = layout.add(new PublisherFolder(path));
            for (Path sub : found ? List.<Path>of() : subfolders(path)) {
                found |= layout.add(new PublisherFolder(sub));
            }
            if (!found) {
                throw new SourceException(path.toAbsolutePath() + " holds none of the official files, nor do its "
                        + "sub-folders; expected one of " + Arrays.stream(Kind.values())
                        .map(k -> k.label + " (" + String.join(" or ", k.markers) + ")").toList());
            }
        }
        return layout;
    }

    private boolean add(PublisherFolder folder) {
        boolean found = false;
        for (Kind kind : Kind.values()) {
            if (folder.has(kind.markers)) {
                PublisherFolder before = folders.putIfAbsent(kind, folder);
                if (before != null) {
                    throw new SourceException(kind.label + " files are in two folders given: " + before + " and "
                            + folder + "; import one of them");
                }
                found = true;
            }
        }
        return found;
    }

    Optional<PublisherFolder> folder(Kind kind) {
        return Optional.ofNullable(folders.get(kind));
    }

    /** Every file of the publisher folders found, e.g. {@code onet/Skills.txt}. */
    List<SourceFile> files() {
        return folders.values().stream().distinct().flatMap(f -> f.files().stream()).toList();
    }

    /** E.g. "O*NET: data/onet, SOC 2018: data/bls-soc-2018". */
    String describe() {
        List<String> parts = new ArrayList<>();
        folders.forEach((k, f) -> parts.add(k.label + ": " + f));
        return String.join(", ", parts);
    }

    private static List<Path> subfolders(Path path) {
        try (Stream<Path> s = Files.list(path)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + path, e);
        }
    }
}
