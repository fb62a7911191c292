package org.canon.graph.external;

import java.util.List;
import java.util.Set;
import org.apache.jena.vocabulary.SKOS;
import org.canon.graph.source.SourceFile;
import org.canon.graph.vocab.Canon;

/**
 * O*NET's Related Occupations: one {@code canon:RelatedOccupation} per pair, at
 * {@code https://w3id.org/canon/external/onet-related/{code}/{related code}}, with the relatedness tier as
 * published ("Primary-Short", "Primary-Long", "Supplemental") and the index (1 = most related), plus
 * {@code skos:related} from the occupation to the related one.
 */
final class OnetRelated {
    private static final String RELATED = "Related O*NET-SOC Code";
    private final SkosGraph g;
    private final Set<String> occupations;
    private final Problems problems;

    OnetRelated(SkosGraph g, Set<String> occupations, Problems problems) {
        this.g = g;
        this.occupations = occupations;
        this.problems = problems;
    }

    void read(SourceFile file) {
        List<String> columns = List.of(OnetImporter.CODE, RELATED, "Relatedness Tier", "Index");
        Table.read(file, Table.TAB, columns, problems, row -> {
            String code = row.code(OnetImporter.CODE, Table.ONET_CODE);
            String related = row.code(RELATED, Table.ONET_CODE);
            OnetImporter.requireOccupation(code, occupations, OnetImporter.CODE);
            OnetImporter.requireOccupation(related, occupations, RELATED);
            String tier = row.get("Relatedness Tier");
            if (tier.isEmpty()) {
                throw new IllegalArgumentException("Relatedness Tier is empty");
            }
            long index;
            try {
                index = Long.parseLong(row.get("Index"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Index '" + row.get("Index") + "' is not an integer");
            }
            String pair = ExternalIris.onetRelated(code, related);
            g.type(pair, Canon.RelatedOccupation.getURI());
            g.link(pair, Canon.occupation.getURI(), ExternalIris.onetOccupation(code));
            g.link(pair, Canon.relatedOccupation.getURI(), ExternalIris.onetOccupation(related));
            g.string(pair, Canon.relatednessTier.getURI(), tier);
            g.integer(pair, Canon.relatedIndex.getURI(), index);
            g.link(ExternalIris.onetOccupation(code), SKOS.related.getURI(), ExternalIris.onetOccupation(related));
        });
    }
}
