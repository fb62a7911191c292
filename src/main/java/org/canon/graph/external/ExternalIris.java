package org.canon.graph.external;

import org.canon.graph.vocab.Canon;
import org.canon.graph.vocab.External;

/**
 * The IRIs of the imported external taxonomies: concepts, concept schemes, named graphs and mapping sets,
 * built on the namespaces of {@link External}. Canon mints IRIs under {@value External#NS} for the publishers
 * that have none of their own (O*NET, BLS); ISCO-08 and ESCO keep the IRIs ESCO publishes.
 */
public final class ExternalIris {
    private ExternalIris() {}

    /** Base of the IRIs Canon mints for external concepts. */
    public static final String BASE = External.NS;

    /** O*NET-SOC 2019 occupations, e.g. {@code .../onet-soc/15-1211.00}. */
    public static final String ONET_SOC_SCHEME = External.ONET_SOC_SCHEME;
    /** O*NET content model elements (skills, knowledge areas, ...), e.g. {@code .../onet-element/2.A.2.a}. */
    public static final String ONET_CONTENT_MODEL_SCHEME = External.ONET_CONTENT_MODEL_SCHEME;
    /** SOC 2018 groups and occupations, e.g. {@code .../soc2018/15-1211}. */
    public static final String SOC2018_SCHEME = External.SOC2018_SCHEME;
    /** SOC 2010 occupations; only referred to by crosswalks (no SOC 2010 scheme is imported). */
    public static final String SOC2010_SCHEME = External.SOC2010_SCHEME;
    /** ISCO-08 groups, with the IRIs ESCO publishes for them (the ILO publishes none). */
    public static final String ISCO_SCHEME = External.ISCO_SCHEME;
    /** ESCO's occupations pillar. */
    public static final String ESCO_OCCUPATIONS_SCHEME = External.ESCO_OCCUPATIONS_SCHEME;
    /** ESCO's skills pillar. */
    public static final String ESCO_SKILLS_SCHEME = External.ESCO_SKILLS_SCHEME;
    /** ESCO's skills hierarchy (the skill groups), whose top concepts are the four level-0 groups. */
    public static final String ESCO_SKILLS_HIERARCHY_SCHEME = External.ESCO_SKILLS_HIERARCHY_SCHEME;

    /** Named graphs, one per publisher. */
    public static final String GRAPH_ONET = Canon.GRAPH_EXTERNAL + "onet-soc-2019";
    public static final String GRAPH_SOC2018 = Canon.GRAPH_EXTERNAL + "soc-2018";
    public static final String GRAPH_ISCO = Canon.GRAPH_EXTERNAL + "isco-08";
    public static final String GRAPH_ESCO = Canon.GRAPH_EXTERNAL + "esco";

    /** Names of the published crosswalks; each is stored in {@code Canon.GRAPH_CROSSWALKS + name}. */
    public static final String SET_ONET_SOC = "onet-soc-2019-to-soc-2018";
    public static final String SET_SOC2010_SOC2018 = "soc-2010-to-soc-2018";
    public static final String SET_ISCO_SOC2010 = "isco-08-to-soc-2010";
    public static final String SET_ESCO_ISCO = "esco-occupation-isco";
    /** All published crosswalks, in chaining order from O*NET-SOC. */
    public static final java.util.List<String> CROSSWALK_SETS =
            java.util.List.of(SET_ONET_SOC, SET_SOC2010_SOC2018, SET_ISCO_SOC2010, SET_ESCO_ISCO);

    public static String onetOccupation(String code) { return External.ONET_SOC + code; }
    public static String onetElement(String elementId) { return BASE + "onet-element/" + elementId; }
    public static String onetRating(String code, String elementId) { return BASE + "onet-rating/" + code + "/" + elementId; }
    public static String onetRelated(String code, String relatedCode) { return BASE + "onet-related/" + code + "/" + relatedCode; }
    public static String soc2018(String code) { return SOC2018_SCHEME + "/" + code; }
    public static String soc2010(String code) { return SOC2010_SCHEME + "/" + code; }
    public static String isco(String code) { return External.ISCO + "C" + code; }
}
