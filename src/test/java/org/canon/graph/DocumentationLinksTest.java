package org.canon.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of the README and of {@code docs/} names a file of the repository, and every {@code #anchor}
 * a heading of the file it points into (as GitHub writes heading anchors), so that the README's pointers to
 * {@code docs/} and the documents' links back keep working as sections move.
 */
class DocumentationLinksTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void everyRelativeLinkAndAnchorResolves() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : files) {
            Matcher m = LINK.matcher(Files.readString(file));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^(https?|mailto):.*")) {
                    continue;
                }
                checked++;
                int hash = target.indexOf('#');
                String path = hash < 0 ? target : target.substring(0, hash);
                Path resolved = path.isEmpty() ? file : file.toAbsolutePath().getParent().resolve(path).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(file + ": " + target + " (no such file)");
                } else if (hash >= 0 && resolved.toString().endsWith(".md")
                        && !anchors(resolved).contains(target.substring(hash + 1))) {
                    broken.add(file + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(checked).as("relative links checked").isGreaterThan(20);
        assertThat(broken).isEmpty();
    }

    /** The anchors GitHub gives the headings of a Markdown file (outside code blocks). */
    static Set<String> anchors(Path file) throws IOException {
        Set<String> anchors = new HashSet<>();
        boolean fence = false;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("```")) {
                fence = !fence;
            } else if (!fence && line.matches("^#{1,6} .*")) {
                String title = line.replaceFirst("^#+ ", "").trim().toLowerCase(Locale.ROOT);
                anchors.add(title.replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }
}
