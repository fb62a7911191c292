package org.canon.graph.text;

import java.util.List;

/**
 * One concept of the text index.
 *
 * @param iri         the concept
 * @param scheme      its scheme's short name ({@code canon}, {@code onet-soc}, {@code esco}, ...; for schemes
 *                    without one, the last segment of the scheme's IRI, e.g. {@code canon-skills})
 * @param type        what it is within the scheme: {@code profile}, {@code occupation}, {@code unit-group},
 *                    {@code group}, {@code focus}, {@code skill}, ...
 * @param notation    its code, or empty
 * @param label       its preferred label
 * @param altLabels   alternative labels, alternate and reported titles (and, for a Canon profile, its focus and
 *                    level as a title)
 * @param definition  its definition (for a Canon profile: its focus's definition and its responsibilities)
 * @param general     whether it is the general occupation of its scheme's hierarchy (an ESCO occupation
 *                    directly under its ISCO-08 unit group, an O*NET-SOC ".00" occupation), rather than a
 *                    specialisation of one
 */
public record TextEntry(String iri, String scheme, String type, String notation, String label,
                        List<String> altLabels, String definition, boolean general) {

    /** The preferred label followed by the alternative labels. */
    public List<String> titles() {
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        all.add(label);
        all.addAll(altLabels);
        return all;
    }
}
