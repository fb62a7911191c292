package org.canon.graph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;

/**
 * What {@link TaxonomyGenerator} wrote: where, how many of each thing, and samples of typical query parameters
 * (one per focus: a profile that is not retired, a skill of its focus, its O*NET-SOC code).
 */
public record GeneratedTaxonomy(Path root, int functions, int focuses, int profiles, int retired, long skills,
                                long responsibilities, long guidelines, long mappings, List<Sample> samples) {

    /** Typical parameters taken from one focus. */
    public record Sample(String profileCode, String focusName, String skillSlug, String onetCode) {}

    /** Running counts while the files are written. */
    static final class Counter {
        int focuses;
        int profiles;
        int retired;
        long skills;
        long responsibilities;
        long guidelines;
        final List<Sample> samples = new ArrayList<>();

        void profile(boolean isRetired, String code, TaxonomyPlan.FocusPlan focus, List<Node> focusSkills,
                     Vocabulary.Occupation occupation) {
            profiles++;
            if (isRetired) {
                retired++;
            } else if (code.endsWith(".M3") || code.endsWith(".P4")) {
                String skill = focusSkills.get(focusSkills.size() - 1).getURI();
                samples.add(new Sample(code, focus.name(), skill.substring(skill.lastIndexOf('/') + 1), occupation.code()));
            }
        }
    }

    /** A one-line summary for the command line. */
    public String describe() {
        return functions + " functions, " + focuses + " focuses, " + profiles + " profiles (" + retired + " retired), "
                + skills + " skills, " + responsibilities + " responsibilities, " + guidelines + " level-guideline cells, "
                + mappings + " mappings";
    }
}
