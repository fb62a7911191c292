package org.canon.graph.load;

import org.canon.graph.source.SourceException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/**
 * Validates data against the Canon shapes. The data graph is the taxonomy together with the ontology, which
 * supplies the vocabulary individuals (statuses, bands, rubric dimensions) that the shapes refer to; the two are
 * seen as one union graph, not copied.
 *
 * <p>Jena SHACL checks the shapes, except the SPARQL-based constraints of the target node shapes, which
 * {@link SparqlConstraintBatch} runs once for all focus nodes instead of once per focus node, with the same results.
 */
public final class ShapeValidator {
    private final Shapes shapes;
    private final SparqlConstraintBatch batch;

    public ShapeValidator(Graph shapesGraph) {
        this(shapesGraph, true);
    }

    /** With {@code batchSparql} false, Jena SHACL checks every constraint itself (for comparison in tests). */
    ShapeValidator(Graph shapesGraph, boolean batchSparql) {
        this.batch = new SparqlConstraintBatch(shapesGraph, batchSparql);
        this.shapes = Shapes.parse(batch.otherShapes());
    }

    /** A finding: severity, focus node, path and the curator-facing message. */
    public record Finding(String severity, String focusNode, String path, String message) {
        @Override public String toString() {
            return severity + " on " + focusNode + (path == null ? "" : " (" + path + ")") + ": " + message;
        }
    }

    /** All findings, violations first, then by focus node. */
    public List<Finding> validate(Graph data, Graph ontology) {
        Graph graph = ontology == null ? data : new Union(data, ontology);
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        List<Finding> findings = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            findings.add(finding(e.severity(), e.focusNode(), e.resultPath() == null ? null : e.resultPath().toString(),
                    e.value(), e.message()));
        }
        findings.addAll(batch.validate(graph));
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
            throw new SourceException("The taxonomy breaks " + violations.size() + " shape constraint(s)", violations);
        }
        return findings;
    }

    /**
     * A finding with the message's {@code {$this}} and {@code {$value}} templates filled in: Jena fills them
     * for SPARQL constraints only, and a curator must always see which node is wrong.
     */
    static Finding finding(Severity severity, Node focusNode, String path, Node value, String message) {
        String m = message == null ? "" : message;
        m = m.replace("{$this}", str(focusNode)).replace("{?this}", str(focusNode));
        String shown = value == null ? "(none)" : display(value);
        m = m.replace("{$value}", shown).replace("{?value}", shown);
        return new Finding(label(severity), str(focusNode), path, m);
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
