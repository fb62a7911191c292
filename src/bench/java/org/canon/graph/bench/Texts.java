package org.canon.graph.bench;

import java.util.List;
import java.util.SplittableRandom;

/** The sentences of a synthetic taxonomy: focus descriptions, responsibilities, level-guideline cells. */
final class Texts {
    private final Vocabulary words;

    Texts(Vocabulary words) {
        this.words = words;
    }

    static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    String functionDefinition(TaxonomyPlan.FunctionPlan f) {
        return "Roles that plan, run and improve the " + lower(f.name()) + " work of the organization, from day-to-day "
                + "delivery to functional strategy, across " + f.focuses().size() + " focus"
                + (f.focuses().size() == 1 ? "" : "es") + " and both career tracks.";
    }

    String focusDefinition(TaxonomyPlan.FunctionPlan f, TaxonomyPlan.FocusPlan focus) {
        return focus.name() + " roles in " + f.name() + " that own the " + lower(focus.area()) + " work of the function "
                + "with a " + lower(focus.qualifier()) + " emphasis: from running " + lower(focus.area())
                + " tasks at entry level to setting " + lower(focus.area()) + " strategy at director level.";
    }

    String scopeNote(TaxonomyPlan.FocusPlan focus, TaxonomyPlan.FocusPlan sibling) {
        if (sibling == null) {
            return "Distinct from the focuses of other functions in that it covers " + lower(focus.name()) + " only.";
        }
        return "Distinct from " + sibling.name() + " in that it centers on " + lower(focus.area()) + " with a "
                + lower(focus.qualifier()) + " emphasis rather than on " + lower(sibling.area()) + ".";
    }

    /** "{verb} {object}, {outcome}." for a level, with the focus name in the object. */
    String responsibility(TaxonomyPlan.FocusPlan focus, Ladder level, SplittableRandom random) {
        List<String> verbs = words.verbs().get(level.name());
        String object = pick(words.objects(), random).replace("{focus}", lower(focus.name()));
        return pick(verbs, random) + " " + object + ", " + pick(words.outcomes(), random) + ".";
    }

    private static final String[] DEPTH = {"basic", "developing", "working", "broad", "deep", "expert", "authoritative"};
    private static final String[] PROBLEMS = {"routine", "well-defined", "varied", "complex", "cross-team",
        "organization-wide", "enterprise-wide"};
    private static final String[] PARTNERS = {"their own team", "their team and its users", "neighbouring teams",
        "several teams and their managers", "senior leaders across functions", "function heads and executives",
        "the executive team and external bodies"};
    private static final String[] DEGREES = {"Associate or bachelor's degree", "Bachelor's degree",
        "Bachelor's degree", "Bachelor's or master's degree", "Master's degree or equivalent experience",
        "Master's degree or equivalent experience", "Advanced degree or equivalent senior experience"};

    /** The text of one level-guideline cell: dimension order 1..4 for the given level and scope name. */
    String guideline(int dimension, Ladder level, String scope) {
        int g = level.grade - 1;
        return switch (dimension) {
            case 1 -> "Applies " + DEPTH[g] + " knowledge of " + lower(scope) + " practices to " + PROBLEMS[g] + " work.";
            case 2 -> "Solves " + PROBLEMS[g] + " " + lower(scope) + " problems"
                    + (level.management() ? " through the teams they lead." : " with their own expertise.");
            case 3 -> "Works with " + PARTNERS[g] + " to deliver " + lower(scope) + " outcomes.";
            default -> DEGREES[g] + "; " + level.experience + " of relevant experience.";
        };
    }

    static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
