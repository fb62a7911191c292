package org.canon.graph.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Namespaces of the imported external taxonomies. Canon mints IRIs under {@value #NS} for the publishers that
 * have none of their own (O*NET, BLS); ISCO-08 and ESCO keep the IRIs ESCO publishes under {@value #ESCO}.
 * The importers' IRI patterns (concepts, graphs, crosswalks) are built on these in
 * {@code org.canon.graph.external.ExternalIris}.
 */
public final class External {
    private External() {}

    /** Base of the IRIs Canon mints for external concepts. */
    public static final String NS = "https://w3id.org/canon/external/";
    /** The O*NET-SOC 2019 scheme; its occupations are {@code .../onet-soc/{code}}, e.g. {@code .../onet-soc/15-1211.00}. */
    public static final String ONET_SOC_SCHEME = NS + "onet-soc";
    /** Namespace of the O*NET-SOC occupations. */
    public static final String ONET_SOC = ONET_SOC_SCHEME + "/";
    /** The O*NET content model (skills, knowledge areas, ...); its elements are {@code .../onet-element/{id}}. */
    public static final String ONET_CONTENT_MODEL_SCHEME = NS + "onet-content-model";
    /** The SOC 2018 scheme; its groups and occupations are {@code .../soc2018/{code}}. */
    public static final String SOC2018_SCHEME = NS + "soc2018";
    /** The SOC 2010 scheme (only referred to by crosswalks); its occupations are {@code .../soc2010/{code}}. */
    public static final String SOC2010_SCHEME = NS + "soc2010";

    /** Base of ESCO's own IRIs. */
    public static final String ESCO = "http://data.europa.eu/esco/";
    /** ISCO-08 groups, with the IRIs ESCO publishes for them (the ILO publishes none): {@code .../isco/C{code}}. */
    public static final String ISCO_SCHEME = ESCO + "concept-scheme/isco";
    /** Namespace of the ISCO-08 groups; the local name is {@code C} and the code. */
    public static final String ISCO = ESCO + "isco/";
    /** ESCO's occupations pillar. */
    public static final String ESCO_OCCUPATIONS_SCHEME = ESCO + "concept-scheme/occupations";
    /** ESCO's skills pillar. */
    public static final String ESCO_SKILLS_SCHEME = ESCO + "concept-scheme/skills";
    /** ESCO's skills hierarchy (the skill groups), whose top concepts are the four level-0 groups. */
    public static final String ESCO_SKILLS_HIERARCHY_SCHEME = ESCO + "concept-scheme/skills-hierarchy";
    /** ESCO's model namespace. */
    public static final String ESCO_MODEL = ESCO + "model#";
    public static final Resource EscoOccupation = ResourceFactory.createResource(ESCO_MODEL + "Occupation");
    public static final Resource EscoSkill = ResourceFactory.createResource(ESCO_MODEL + "Skill");
}
