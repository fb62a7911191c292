package org.canon.graph.external;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.canon.graph.source.SourceFile;
import org.canon.graph.vocab.Canon;

/**
 * O*NET's Skills and Knowledge ratings: one {@code canon:OccupationRating} per (occupation, element), at
 * {@code https://w3id.org/canon/external/onet-rating/{code}/{element ID}}, with the importance (scale IM, 1-5)
 * and the level (scale LV, 0-7) as {@code xsd:decimal} and the file it came from as {@code canon:ratingDomain}.
 * Rows of other scales are ignored; a second value for the same occupation, element and scale is an error.
 */
final class OnetRatings {
    private final SkosGraph g;
    private final Set<String> occupations;
    private final Set<String> elements;
    private final Problems problems;
    private final Set<String> seen = new HashSet<>();

    OnetRatings(SkosGraph g, Set<String> occupations, Set<String> elements, Problems problems) {
        this.g = g;
        this.occupations = occupations;
        this.elements = elements;
        this.problems = problems;
    }

    /** Reads one ratings file; {@code domain} is its name ("Skills", "Knowledge"). */
    void read(SourceFile file, String domain) {
        List<String> columns = List.of(OnetImporter.CODE, "Element ID", "Scale ID", "Data Value");
        Table.read(file, Table.TAB, columns, problems, row -> {
            String scale = row.get("Scale ID");
            if (!scale.equals("IM") && !scale.equals("LV")) {
                return;
            }
            String code = row.code(OnetImporter.CODE, Table.ONET_CODE);
            OnetImporter.requireOccupation(code, occupations, OnetImporter.CODE);
            String element = row.code("Element ID", Table.ELEMENT_ID);
            if (!elements.contains(element)) {
                throw new IllegalArgumentException("unknown code: Element ID " + element
                        + " is not an element of Content Model Reference");
            }
            BigDecimal value = number(row.get("Data Value"));
            if (!seen.add(code + " " + element + " " + scale)) {
                throw new IllegalArgumentException("a second " + scale + " value for " + code + " and " + element);
            }
            String rating = ExternalIris.onetRating(code, element);
            if (seen.add(code + " " + element)) {
                g.type(rating, Canon.OccupationRating.getURI());
                g.link(rating, Canon.occupation.getURI(), ExternalIris.onetOccupation(code));
                g.link(rating, Canon.element.getURI(), ExternalIris.onetElement(element));
                g.string(rating, Canon.ratingDomain.getURI(), domain);
            }
            g.decimal(rating, (scale.equals("IM") ? Canon.importance : Canon.levelScore).getURI(), value);
        });
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text).stripTrailingZeros();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Data Value '" + text + "' is not a number");
        }
    }
}
