package org.canon.graph.external;

import static org.canon.graph.external.ExternalIris.ESCO_SKILLS_HIERARCHY_SCHEME;
import static org.canon.graph.external.ExternalIris.ESCO_SKILLS_SCHEME;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.vocabulary.SKOS;
import org.canon.graph.source.SourceException;
import org.canon.graph.source.SourceFile;
import org.canon.graph.vocab.External;

/**
 * ESCO's skills pillar as far as its CSV export describes it: the skill groups ({@code skillGroups_en.csv}: code,
 * labels, description, the schemes they are in), the four level-0 groups of {@code skillsHierarchy_en.csv} as top
 * concepts of the skills hierarchy, and {@code broaderRelationsSkillPillar_en.csv}: each skill (esco:Skill, in the
 * skills scheme) under its groups and broader skills, and each group under its parent group.
 *
 * <p>The skills' names come from a labels file, ESCO's own {@code skills_en.csv} when it is there, else
 * {@value #LABELS_HARVEST} (a harvest of ESCO's search API, with URI and preferred label; see its SOURCE.md):
 * {@code skos:prefLabel}, and where the file has them {@code skos:altLabel}s, {@code skos:hiddenLabel}s, the
 * description as {@code skos:definition} and the scope note as {@code skos:scopeNote}. Labels are given to the
 * skills of {@code broaderRelationsSkillPillar_en.csv}; a row naming a URI that is not one of them (the harvest
 * comes from a later ESCO release) is skipped and counted in the import's report.
 *
 * <p>All these files are optional, but a hierarchy or broader-relations file needs the skill groups file, and a
 * labels file needs the broader-relations file.
 */
final class EscoSkills {
    static final String GROUPS = "skillGroups_en.csv";
    static final String RELATIONS = "broaderRelationsSkillPillar_en.csv";
    static final String SKILLS = "skills_en.csv";
    static final String LABELS_HARVEST = "esco_skill_labels_api_harvest_2026-06.csv";
    private final PublisherFolder folder;
    private final SkosGraph g;
    private final Problems problems;
    private final Set<String> groups = new HashSet<>();
    private final Set<String> skills = new HashSet<>();

    EscoSkills(PublisherFolder folder, SkosGraph g, Problems problems) {
        this.folder = folder;
        this.g = g;
        this.problems = problems;
    }

    void read() {
        var hierarchy = folder.find("skillsHierarchy_en.csv");
        var relations = folder.find(RELATIONS);
        var groupFile = folder.find(GROUPS);
        var labels = folder.find(SKILLS, LABELS_HARVEST);
        if (groupFile.isEmpty()) {
            hierarchy.or(() -> relations).ifPresent(f -> {
                throw new SourceException(f.name() + " refers to skill groups, but " + folder + " has no " + GROUPS);
            });
            return;
        }
        g.scheme(ESCO_SKILLS_SCHEME, "ESCO skills", Publisher.ESCO, Publisher.ESCO_RELEASE);
        g.scheme(ESCO_SKILLS_HIERARCHY_SCHEME, "ESCO skills hierarchy", Publisher.ESCO, Publisher.ESCO_RELEASE);
        groups(groupFile.get());
        hierarchy.ifPresent(this::topGroups);
        relations.ifPresent(this::relations);
        labels.ifPresent(f -> {
            if (relations.isEmpty()) {
                throw new SourceException(f.name() + " names skills, but " + folder + " has no " + RELATIONS);
            }
            labels(f);
        });
    }

    /** The labels of the skills, from ESCO's skills file or the API harvest (the same fields, other column names). */
    private void labels(SourceFile file) {
        boolean esco = file.fileName().equalsIgnoreCase(SKILLS);
        String uri = esco ? "conceptUri" : "concept_uri";
        String preferred = esco ? "preferredLabel" : "preferred_label";
        Set<String> labelled = new HashSet<>();
        long[] skipped = {0};
        Table.read(file, Table.COMMA, List.of(uri, preferred), problems, row -> {
            String iri = row.code(uri, Table.HTTP_IRI);
            if (!skills.contains(iri)) {
                skipped[0]++;
                return;
            }
            if (!labelled.add(iri)) {
                throw new IllegalArgumentException("duplicate " + uri + " " + iri);
            }
            g.concept(iri, ESCO_SKILLS_SCHEME, "", row.get(preferred));
            row.list(esco ? "altLabels" : "alt_labels").forEach(l -> g.altLabel(iri, l));
            row.list("hiddenLabels").forEach(l -> g.hiddenLabel(iri, l));
            g.definition(iri, row.get("description"));
            g.scopeNote(iri, row.get("scopeNote"));
        });
        folder.note(file, "labels for " + labelled.size() + " of the " + skills.size() + " skills of " + RELATIONS
                + (skipped[0] == 0 ? "" : "; " + skipped[0] + " row(s) naming other skills skipped"));
    }

    private void groups(SourceFile file) {
        Table.read(file, Table.COMMA, List.of("conceptUri", "preferredLabel", "code"), problems, row -> {
            String iri = row.code("conceptUri", Table.HTTP_IRI);
            if (!groups.add(iri)) {
                throw new IllegalArgumentException("duplicate conceptUri " + iri);
            }
            g.concept(iri, ESCO_SKILLS_HIERARCHY_SCHEME, row.get("code"), row.get("preferredLabel"));
            row.list("inScheme").forEach(s -> EscoImporter.scheme(g, iri, s));
            row.list("altLabels").forEach(l -> g.altLabel(iri, l));
            row.list("hiddenLabels").forEach(l -> g.hiddenLabel(iri, l));
            g.definition(iri, row.get("description"));
            g.scopeNote(iri, row.get("scopeNote"));
        });
    }

    /** The level-0 groups are the top concepts; the levels below are checked against the groups file. */
    private void topGroups(SourceFile file) {
        List<String> levels = List.of("Level 0 URI", "Level 1 URI", "Level 2 URI", "Level 3 URI");
        Table.read(file, Table.COMMA, levels, problems, row -> {
            for (String level : levels) {
                if (!row.get(level).isEmpty()) {
                    group(row, level);
                }
            }
            g.topConcept(group(row, "Level 0 URI"), ESCO_SKILLS_HIERARCHY_SCHEME);
        });
    }

    private void relations(SourceFile file) {
        List<String> columns = List.of("conceptType", "conceptUri", "broaderType", "broaderUri");
        Table.read(file, Table.COMMA, columns, problems, row -> {
            String iri = concept(row, "conceptType", "conceptUri");
            g.broader(iri, concept(row, "broaderType", "broaderUri"));
        });
    }

    /** The concept a row names in {@code uriColumn}, typed by {@code typeColumn}: a known group, or a skill. */
    private String concept(Table.Row row, String typeColumn, String uriColumn) {
        return switch (row.get(typeColumn)) {
            case "SkillGroup" -> group(row, uriColumn);
            case "KnowledgeSkillCompetence" -> skill(row.code(uriColumn, Table.HTTP_IRI));
            default -> throw new IllegalArgumentException(typeColumn + " '" + row.get(typeColumn)
                    + "' is neither SkillGroup nor KnowledgeSkillCompetence");
        };
    }

    private String group(Table.Row row, String column) {
        String iri = row.code(column, Table.HTTP_IRI);
        if (!groups.contains(iri)) {
            throw new IllegalArgumentException("unknown code: " + column + " " + iri + " is not a skill group of "
                    + GROUPS);
        }
        return iri;
    }

    private String skill(String iri) {
        if (skills.add(iri)) {
            g.type(iri, SKOS.Concept.getURI());
            g.type(iri, External.EscoSkill.getURI());
            g.inScheme(iri, ESCO_SKILLS_SCHEME);
        }
        return iri;
    }
}
