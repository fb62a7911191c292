package org.canon.graph.page;

import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * What a dereferenced IRI can be answered in: an HTML page, or the resource's RDF in Turtle, JSON-LD, N-Triples or
 * RDF/XML, in the server's order of preference. {@link #negotiate} picks one from an {@code Accept} header.
 */
enum Format {
    HTML("text/html", null, "html"),
    TURTLE("text/turtle", Lang.TURTLE, "ttl"),
    JSONLD("application/ld+json", Lang.JSONLD, "jsonld"),
    NTRIPLES("application/n-triples", Lang.NTRIPLES, "nt"),
    RDFXML("application/rdf+xml", Lang.RDFXML, "rdf");

    final MediaType mediaType;
    final Lang lang;
    /** The value of the {@code format} request parameter that asks for this format whatever the Accept header says. */
    final String parameter;

    Format(String mediaType, Lang lang, String parameter) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.lang = lang;
        this.parameter = parameter;
    }

    /**
     * The format to answer: the one named by {@code format} if given, else the one the {@code Accept} header rates
     * highest (HTTP's rules: each format takes the quality of the most specific range that matches it; {@code q=0}
     * refuses it), the server's order breaking ties, so that {@code *}{@code /*} and no header at all give HTML.
     * Empty when nothing offered is acceptable, or the header does not parse.
     */
    static Optional<Format> negotiate(String accept, String format) {
        if (format != null) {
            return List.of(values()).stream().filter(f -> f.parameter.equals(format)).findFirst();
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(HTML);
        }
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return Optional.empty();
        }
        Format best = null;
        double bestQuality = 0;
        for (Format f : values()) {
            double q = quality(f.mediaType, ranges);
            if (q > bestQuality) {
                best = f;
                bestQuality = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the most specific matching range gives the type; 0 when no range matches. */
    private static double quality(MediaType type, List<MediaType> ranges) {
        MediaType match = null;
        for (MediaType range : ranges) {
            if (range.includes(type) && (match == null || specificity(range) > specificity(match))) {
                match = range;
            }
        }
        return match == null ? 0 : match.getQualityValue();
    }

    private static int specificity(MediaType range) {
        return range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
    }

    /** The media types offered, for the 406 answer. */
    static List<String> offered() {
        return List.of(values()).stream().map(f -> f.mediaType.toString()).toList();
    }
}
