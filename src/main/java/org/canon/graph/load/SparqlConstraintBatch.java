package org.canon.graph.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.SparqlConstraints;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Runs the SPARQL-based constraints of target node shapes once per constraint for all their focus nodes, where Jena
 * SHACL runs them once per focus node (building and optimizing a query plan each time, which is most of the cost of
 * validating a large taxonomy).
 *
 * <p>The focus nodes are joined in as a {@code VALUES $this} block at the top of the constraint's WHERE clause,
 * which gives the rows that pre-binding {@code $this} to each focus node gives, for the constraints this is done
 * for: a SELECT whose only pre-bound variable is {@code $this}, that projects {@code $this}, groups by it if it
 * groups at all, has a message, and has no LIMIT, OFFSET, sub-query, VALUES, MINUS or SERVICE; on a node shape that
 * no other shape refers to. Every other constraint is left to Jena, as are all other constraint kinds. Results and
 * messages are built as Jena builds them ({@code {?var}} and {@code {$var}} filled from the row).
 */
final class SparqlConstraintBatch {
    private static final Var THIS = Var.alloc("this");
    private static final Set<String> OTHER_PREBOUND = Set.of("currentShape", "shapesGraph", "PATH");

    /** One constraint run in a batch: its shape, message template and query. */
    private record Batched(Shape shape, String message, Query query) {}

    private final List<Batched> batched = new ArrayList<>();
    private final Graph otherShapes;

    /** Splits the shapes graph: batched constraints here, the rest in {@link #otherShapes()} for Jena. */
    SparqlConstraintBatch(Graph shapesGraph, boolean enabled) {
        otherShapes = GraphFactory.createDefaultGraph();
        shapesGraph.find().forEach(otherShapes::add);
        if (!enabled) {
            return;
        }
        Shapes shapes = Shapes.parse(shapesGraph);
        for (Shape shape : shapes.getTargetShapes()) {
            Node s = shape.getShapeNode();
            if (!shape.isNodeShape() || shape.deactivated() || shapesGraph.contains(Node.ANY, Node.ANY, s)) {
                continue;
            }
            for (Triple t : shapesGraph.find(s, SHACL.sparql, Node.ANY).toList()) {
                Constraint c = SparqlConstraints.parseSparqlConstraint(shapesGraph, s, SHACL.sparql, t.getObject());
                if (c instanceof SparqlConstraint sc && sc.getMessage() != null && batchable(sc.getQuery())
                        && !shapesGraph.contains(t.getObject(), SHACL.deactivated, Node.ANY)) {
                    batched.add(new Batched(shape, sc.getMessage(), sc.getQuery()));
                    otherShapes.delete(t);
                }
            }
        }
    }

    /** The shapes graph without the batched constraints. */
    Graph otherShapes() {
        return otherShapes;
    }

    /** The findings of every batched constraint on {@code data}. */
    List<ShapeValidator.Finding> validate(Graph data) {
        List<ShapeValidator.Finding> findings = new ArrayList<>();
        for (Batched b : batched) {
            Collection<Node> focus = new LinkedHashSet<>(VLib.focusNodes(data, b.shape()));
            if (focus.isEmpty()) {
                continue;
            }
            Query q = b.query().cloneQuery();
            ElementGroup group = q.getQueryPattern() instanceof ElementGroup g ? g : wrap(q);
            group.getElements().add(0, new ElementData(List.of(THIS),
                    focus.stream().map(n -> BindingFactory.binding(THIS, n)).toList()));
            try (QueryExec exec = QueryExec.graph(data).query(q).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    Node value = row.contains(Var.alloc("value")) ? row.get(Var.alloc("value")) : row.get(THIS);
                    Node path = row.get(Var.alloc("path"));
                    findings.add(ShapeValidator.finding(b.shape().getSeverity(), row.get(THIS),
                            path == null ? null : PathFactory.pathLink(path).toString(), value, substitute(b.message(), row)));
                }
            }
        }
        return findings;
    }

    private static ElementGroup wrap(Query q) {
        ElementGroup group = new ElementGroup();
        group.addElement(q.getQueryPattern());
        q.setQueryPattern(group);
        return group;
    }

    /** Whether running the query for all focus nodes at once gives the rows of running it for each. */
    static boolean batchable(Query q) {
        if (!q.isSelectType() || q.hasLimit() || q.hasOffset()) {
            return false;
        }
        if (!q.isQueryResultStar() && !q.getProjectVars().contains(THIS)) {
            return false;
        }
        if ((q.hasGroupBy() || q.hasAggregators()) && !q.getGroupBy().getVars().contains(THIS)) {
            return false;
        }
        if (OpVars.mentionedVars(Algebra.compile(q)).stream().anyMatch(v -> OTHER_PREBOUND.contains(v.getVarName()))) {
            return false;
        }
        boolean[] unsafe = {false};
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override public void visit(ElementSubQuery el) { unsafe[0] = true; }
            @Override public void visit(ElementData el) { unsafe[0] = true; }
            @Override public void visit(ElementMinus el) { unsafe[0] = true; }
            @Override public void visit(ElementService el) { unsafe[0] = true; }
        });
        return !unsafe[0];
    }

    /** The message template filled from the row, as Jena SHACL fills it. */
    private static String substitute(String template, Binding row) {
        String message = template;
        for (var vars = row.vars(); vars.hasNext(); ) {
            Var v = vars.next();
            Node n = row.get(v);
            String text = n.isLiteral() ? n.getLiteralLexicalForm() : ShLib.displayStr(n);
            message = message.replaceAll("\\{[?$]" + Pattern.quote(v.getVarName()) + "\\}", Matcher.quoteReplacement(text));
        }
        return message;
    }
}
