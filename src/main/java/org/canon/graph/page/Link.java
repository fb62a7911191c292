package org.canon.graph.page;

/** A linked thing on a page: its text, where the link goes, and an optional code shown beside it. */
public record Link(String text, String href, String code) {

    /** A link to an IRI: its page here, or the IRI itself; the text is the label, else the code, else the IRI. */
    static Link to(String iri, String label, String code) {
        String text = label != null ? label : code != null ? code : iri;
        return new Link(text, Iris.href(iri), code);
    }
}
