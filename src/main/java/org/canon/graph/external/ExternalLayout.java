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

/**
 * Where each publisher's files are. A folder given to the import is either one publisher's folder (recognised by
 * its files, whatever its name: {@code Occupation Data.txt} or {@code .xlsx} for O*NET,
 * {@code soc_structure_2018.xlsx} for SOC 2018, {@code ISCO-08 EN Structure and definitions.xlsx} for ISCO-08,
 * {@code occupations_en.csv} for ESCO, a published crosswalk file for the crosswalks, or the converted copies of
 * them), a folder holding several publishers' files (a downloads folder), or a folder whose sub-folders are
 * such folders, like {@code ../shared/data} with {@code onet/}, {@code bls-soc-2018/}, {@code isco-08/},
 * {@code esco/} and {@code crosswalks/}.
 */
final class ExternalLayout {

    /** The kinds of publisher folder and the files that identify each. */
    enum Kind {
        ONET("O*NET", OnetImporter.names(OnetImporter.OCCUPATIONS)),
        SOC2018("SOC 2018", SocImporter.STRUCTURE),
        ISCO("ISCO-08", IscoImporter.ILO_FILES),
        ESCO("ESCO", EscoImporter.OCCUPATIONS),
        CROSSWALKS("crosswalks", Stream.of(Crosswalks.ONET_FILES, Crosswalks.SOC_FILES, Crosswalks.ISCO_FILES)
                .flatMap(Arrays::stream).toArray(String[]::new));

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
                List<String> held = new PublisherFolder(path).files();
                throw new SourceException(path.toAbsolutePath() + " holds none of the official files, nor do its "
                        + "sub-folders; expected one of " + Arrays.stream(Kind.values())
                        .map(k -> k.label + " (" + String.join(" or ", k.markers) + ")").toList()
                        + (held.isEmpty() ? "; it holds no file" : "; it holds " + String.join(", ", held.stream()
                        .limit(20).toList()) + (held.size() > 20 ? " and " + (held.size() - 20) + " more" : ""))
                        + (held.stream().anyMatch(f -> f.toLowerCase().endsWith(".zip")) ? " (unzip the download first)"
                        : ""));
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

    /** E.g. "O*NET: data/onet, SOC 2018: data/bls-soc-2018". */
    String describe() {
        List<String> parts = new ArrayList<>();
        folders.forEach((k, f) -> parts.add(k.label + ": " + f));
        return String.join(", ", parts);
    }

    /**
     * The files read, by folder, once the import has read them: for each file the candidates passed over
     * (a converted copy beside the publisher's file) and the importers' notes.
     */
    String filesRead() {
        List<String> lines = new ArrayList<>();
        folders.values().stream().distinct().forEach(f -> {
            List<String> files = f.report();
            if (!files.isEmpty()) {
                lines.add(f + ": " + String.join(", ", files));
            }
        });
        return String.join("\n", lines);
    }

    private static List<Path> subfolders(Path path) {
        try (Stream<Path> s = Files.list(path)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + path, e);
        }
    }
}
