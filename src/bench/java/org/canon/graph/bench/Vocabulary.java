package org.canon.graph.bench;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The words synthetic taxonomies are made of, read from the tab-separated files under {@code bench/} on the
 * classpath: functions, occupations (real O*NET-SOC codes), focus-name words, skill topics and responsibility
 * phrases. Lines starting with {@code #} are comments.
 */
record Vocabulary(List<FunctionName> functions, Map<String, List<Occupation>> occupations, List<String> qualifiers,
                  List<String> areas, List<SkillTopic> skillTopics, Map<String, List<String>> verbs,
                  List<String> objects, List<String> outcomes) {

    /** A function's code, name and occupation family. */
    record FunctionName(String code, String name, String family) {}

    /** A real O*NET-SOC occupation, for the management ({@code M}) or individual-contributor ({@code P}) track. */
    record Occupation(String family, String track, String code, String title) {
        /** The SOC 2018 detailed code the occupation belongs to (the O*NET-SOC code without its suffix). */
        String socCode() {
            return code.substring(0, 7);
        }
    }

    /** A skill topic: name, the generic skill or group above it (a CURIE), definition with {@code {context}}. */
    record SkillTopic(String name, String parent, String definition) {
        String slug() {
            return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        }
    }

    static Vocabulary load() {
        List<FunctionName> functions = read("functions.tsv", r -> new FunctionName(r.get("code"), r.get("name"), r.get("family")));
        Map<String, List<Occupation>> occupations = new LinkedHashMap<>();
        read("occupations.tsv", r -> new Occupation(r.get("family"), r.get("track"), r.get("code"), r.get("title")))
                .forEach(o -> occupations.computeIfAbsent(o.family() + "/" + o.track(), k -> new ArrayList<>()).add(o));
        List<String[]> words = read("focus-words.tsv", r -> new String[] {r.get("kind"), r.get("word")});
        List<String[]> phrases = read("responsibilities.tsv", r -> new String[] {r.get("kind"), r.get("level"), r.get("text")});
        Map<String, List<String>> verbs = new LinkedHashMap<>();
        phrases.stream().filter(p -> p[0].equals("verb"))
                .forEach(p -> verbs.computeIfAbsent(p[1], k -> new ArrayList<>()).add(p[2]));
        return new Vocabulary(functions, occupations, of(words, "qualifier", 1), of(words, "area", 1),
                read("skill-topics.tsv", r -> new SkillTopic(r.get("name"), r.get("parent"), r.get("definition"))),
                verbs, of(phrases, "object", 2), of(phrases, "outcome", 2));
    }

    /** The occupations of a family on a track ({@code M} or {@code P}). */
    List<Occupation> occupations(String family, String track) {
        return occupations.getOrDefault(family + "/" + track, List.of());
    }

    private static List<String> of(List<String[]> rows, String kind, int column) {
        return rows.stream().filter(r -> r[0].equals(kind)).map(r -> r[column]).toList();
    }

    private static <T> List<T> read(String file, Function<CSVRecord, T> row) {
        CSVFormat format = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).get();
        try (Reader in = new InputStreamReader(Vocabulary.class.getResourceAsStream("/bench/" + file), StandardCharsets.UTF_8)) {
            return format.parse(in).stream().map(row).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bench/" + file, e);
        }
    }
}
