package org.canon.graph.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validates data against the Canon shapes. The data graph is the taxonomy together with the ontology, which
 * supplies the vocabulary individuals (statuses, bands, rubric dimensions) that the shapes refer to.
 */
public final class ShapeValidator {
    private final Shapes shapes;

    public ShapeValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** A finding: severity, focus node, path and the curator-facing message. */
    public record Finding(String severity, String focusNode, String path, String message) {
        @Override public String toString() {
            return severity + " on " + focusNode + (path == null ? "" : " (" + path + ")") + ": " + message;
        }
    }

    /** All findings, violations first, then by focus node. */
    public List<Finding> validate(Graph data, Graph ontology) {
        Graph union = GraphFactory.createDefaultGraph();
        data.find().forEach(union::add);
        if (ontology != null) {
            ontology.find().forEach(union::add);
        }
        ValidationReport report = ShaclValidator.get().validate(shapes, union);
        List<Finding> findings = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            findings.add(new Finding(label(e.severity()), str(e.focusNode()),
                    e.resultPath() == null ? null : e.resultPath().toString(), message(e)));
        }
        findings.sort(Comparator.comparing((Finding f) -> !f.severity().equals("Violation"))
                .thenComparing(Finding::focusNode));
        return findings;
    }

    /**
     * Validates and throws when there is any violation; warnings do not stop a load.
     *
     * @return the warnings
     */
    public List<Finding> check(Graph data, Graph ontology) {
        List<Finding> findings = validate(data, ontology);
        List<String> violations = findings.stream().filter(f -> f.severity().equals("Violation"))
                .map(Finding::toString).toList();
        if (!violations.isEmpty()) {
            throw new LoadException("The taxonomy breaks " + violations.size() + " shape constraint(s)", violations);
        }
        return findings;
    }

    /**
     * The entry's message with the {@code {$this}} and {@code {$value}} templates filled in: Jena fills them
     * for SPARQL constraints only, and a curator must always see which node is wrong.
     */
    private static String message(ReportEntry e) {
        String m = e.message() == null ? "" : e.message();
        m = m.replace("{$this}", str(e.focusNode())).replace("{?this}", str(e.focusNode()));
        String value = e.value() == null ? "(none)" : display(e.value());
        return m.replace("{$value}", value).replace("{?value}", value);
    }

    private static String display(Node node) {
        return node.isLiteral() ? "\"" + node.getLiteralLexicalForm() + "\"" : str(node);
    }

    private static String label(Severity severity) {
        String iri = severity.level().getURI();
        return iri.substring(iri.indexOf('#') + 1);
    }

    private static String str(Node node) {
        return node.isURI() ? node.getURI() : node.toString();
    }
}
