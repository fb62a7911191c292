package org.canon.graph.external;

/**
 * Who publishes a taxonomy or crosswalk, under which terms, and the release the importers read. The
 * releases are those of the files the importers were written and tested against (see
 * {@code ../shared/data/*}{@code /SOURCE.md}); the files themselves do not all state one.
 *
 * @param name    the publisher, as credited
 * @param iri     the publisher's home page, used as its identifier (SSSOM author_id, dcterms:publisher)
 * @param licence the licence IRI (dcterms:license, SSSOM license)
 * @param rights  the reuse terms in words (dcterms:rights)
 */
public record Publisher(String name, String iri, String licence, String rights) {

    public static final Publisher ONET = new Publisher(
            "O*NET Resource Center, U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)",
            "https://www.onetcenter.org/", "https://creativecommons.org/licenses/by/4.0/",
            "O*NET database by USDOL/ETA, used under CC BY 4.0. O*NET is a trademark of USDOL/ETA.");
    public static final Publisher BLS = new Publisher(
            "U.S. Bureau of Labor Statistics, on behalf of OMB and the SOC Policy Committee",
            "https://www.bls.gov/soc/", "https://creativecommons.org/publicdomain/mark/1.0/",
            "Work of the U.S. federal government, in the public domain.");
    public static final Publisher ILO = new Publisher(
            "International Labour Organization (ILO)",
            "https://www.ilo.org/", null,
            "ISCO-08 is published by the ILO, which permits its free reuse with attribution to the ILO.");
    public static final Publisher ESCO = new Publisher(
            "European Commission (ESCO)",
            "https://esco.ec.europa.eu/", "https://eur-lex.europa.eu/eli/dec/2011/833/oj",
            "© European Union, ESCO. Reuse authorised under Commission Decision 2011/833/EU.");

    /** Releases read by the importers. */
    public static final String ONET_RELEASE = "O*NET 29.3 (O*NET-SOC 2019 taxonomy)";
    public static final String SOC2018_RELEASE = "2018 SOC, final structure and definitions (November 2017)";
    public static final String ISCO_RELEASE = "ISCO-08";
    public static final String ESCO_RELEASE = "ESCO v1.2.0";
    public static final String ONET_SOC_CROSSWALK_RELEASE = "O*NET-SOC 2019 to 2018 SOC crosswalk";
    public static final String SOC2010_CROSSWALK_RELEASE = "2010 SOC to 2018 SOC crosswalk (November 2017)";
    public static final String ISCO_SOC_CROSSWALK_RELEASE = "ISCO-08 to 2010 SOC crosswalk (August 2012, updated June 2015)";
}
