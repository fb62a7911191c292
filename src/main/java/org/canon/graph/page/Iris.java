package org.canon.graph.page;

import java.util.List;
import java.util.Optional;
import org.canon.graph.vocab.Canon;
import org.canon.graph.vocab.External;

/**
 * Which IRIs the service dereferences, and at which path: the IRIs minted under {@code https://w3id.org/canon/}
 * keep their path ({@code /id/...}, {@code /external/...}, {@code /mappings/...}, {@code /ontology}), so that a
 * w3id.org redirect only has to change the host; the ISCO-08 groups and ESCO concepts, whose IRIs ESCO publishes,
 * get pages under {@code /external/isco08/{code}}, {@code /external/esco/{uuid}} and
 * {@code /external/esco-skill/{uuid}}.
 */
final class Iris {
    private Iris() {}

    /** An IRI namespace and the path of its pages. */
    record Namespace(String iri, String path) {}

    /** The ESCO-published namespaces first: their paths lie inside {@code /external/}. */
    static final List<Namespace> NAMESPACES = List.of(
            new Namespace(External.ISCO + "C", "/external/isco08/"),
            new Namespace(External.ESCO + "occupation/", "/external/esco/"),
            new Namespace(External.ESCO + "skill/", "/external/esco-skill/"),
            new Namespace(Canon.ID, "/id/"),
            new Namespace(External.NS, "/external/"),
            new Namespace(Canon.MAPPINGS, "/mappings/"));

    /** The page of an IRI, when the service has one: a path on this server (with a fragment for ontology terms). */
    static Optional<String> page(String iri) {
        if (iri == null) {
            return Optional.empty();
        }
        if (iri.equals(Canon.ONTOLOGY)) {
            return Optional.of("/ontology");
        }
        if (iri.startsWith(Canon.NS)) {
            return Optional.of("/ontology#" + iri.substring(Canon.NS.length()));
        }
        for (Namespace ns : NAMESPACES) {
            if (iri.startsWith(ns.iri()) && iri.length() > ns.iri().length()) {
                return Optional.of(ns.path() + iri.substring(ns.iri().length()));
            }
        }
        return Optional.empty();
    }

    /** The IRI a page path stands for ({@code /id/level/M3} gives {@code https://w3id.org/canon/id/level/M3}). */
    static Optional<String> iri(String path) {
        for (Namespace ns : NAMESPACES) {
            if (path.startsWith(ns.path()) && path.length() > ns.path().length()) {
                return Optional.of(ns.iri() + path.substring(ns.path().length()));
            }
        }
        return Optional.empty();
    }

    /** Where a link to the IRI goes: its page here, else the IRI itself. */
    static String href(String iri) {
        return page(iri).orElse(iri);
    }
}
