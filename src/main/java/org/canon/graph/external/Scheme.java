package org.canon.graph.external;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.canon.graph.vocab.Canon;

/**
 * The occupation schemes the graph links, by the short names the queries and the API use: the Canon profiles
 * and the imported taxonomies. SOC 2010 has no graph of its own: its occupations are known from the crosswalks
 * that name them.
 */
public enum Scheme {
    CANON("canon", Canon.ID + "scheme/canon", Canon.GRAPH_TAXONOMY, "Canon profiles"),
    ONET_SOC("onet-soc", ExternalIris.ONET_SOC_SCHEME, ExternalIris.GRAPH_ONET, "O*NET-SOC 2019"),
    SOC2018("soc2018", ExternalIris.SOC2018_SCHEME, ExternalIris.GRAPH_SOC2018, "SOC 2018"),
    SOC2010("soc2010", ExternalIris.SOC2010_SCHEME, Canon.GRAPH_CROSSWALKS + ExternalIris.SET_SOC2010_SOC2018, "SOC 2010"),
    ISCO08("isco08", ExternalIris.ISCO_SCHEME, ExternalIris.GRAPH_ISCO, "ISCO-08"),
    ESCO("esco", ExternalIris.ESCO_OCCUPATIONS_SCHEME, ExternalIris.GRAPH_ESCO, "ESCO occupations");

    private final String key;
    private final String iri;
    private final String graph;
    private final String title;

    Scheme(String key, String iri, String graph, String title) {
        this.key = key;
        this.iri = iri;
        this.graph = graph;
        this.title = title;
    }

    /** The short name: {@code canon}, {@code onet-soc}, {@code soc2018}, {@code soc2010}, {@code isco08}, {@code esco}. */
    public String key() {
        return key;
    }

    /** The concept scheme's IRI. */
    public String iri() {
        return iri;
    }

    /** The named graph its concepts are read from. */
    public String graph() {
        return graph;
    }

    public String title() {
        return title;
    }

    /** The scheme of this short name. */
    public static Optional<Scheme> of(String key) {
        String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.key.equals(k)).findFirst();
    }

    /** The scheme a concept IRI belongs to, from its namespace. */
    public static Optional<Scheme> ofConcept(String iri) {
        if (iri.startsWith(Canon.ID + "profile/")) {
            return Optional.of(CANON);
        }
        if (iri.startsWith(ExternalIris.ONET_SOC_SCHEME + "/")) {
            return Optional.of(ONET_SOC);
        }
        if (iri.startsWith(ExternalIris.SOC2018_SCHEME + "/")) {
            return Optional.of(SOC2018);
        }
        if (iri.startsWith(ExternalIris.SOC2010_SCHEME + "/")) {
            return Optional.of(SOC2010);
        }
        if (iri.startsWith("http://data.europa.eu/esco/isco/")) {
            return Optional.of(ISCO08);
        }
        if (iri.startsWith("http://data.europa.eu/esco/occupation/")) {
            return Optional.of(ESCO);
        }
        return Optional.empty();
    }

    /** All short names, for messages. */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(Scheme::key).toList());
    }
}
