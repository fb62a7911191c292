package org.canon.graph.fuseki;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * The Graph Store Protocol with the same default graph as SPARQL: the union of the named graphs. The store sets
 * {@code TDB2.symUnionDefaultGraph}, which the query engine honours but Fuseki's Graph Store handlers do not (they
 * read TDB2's own default graph, which is empty), so {@code GET /canon/get?default} answered nothing while a query
 * saw every triple. These handlers read {@code ?default} from the union; writing it is refused, since it is a view
 * (name a graph with {@code ?graph=}). Dataset-wide requests (no {@code ?default} or {@code ?graph}) see the named
 * graphs as they are stored.
 */
final class UnionDefaultGraph {
    private UnionDefaultGraph() {}

    /** The read-only Graph Store handler ({@code /canon/get}, and {@code /canon/data} without writes). */
    static final class Read extends GSP_R {
        @Override
        protected DatasetGraph decideDataset(HttpAction action) {
            return view(action, super.decideDataset(action));
        }
    }

    /** The read-write Graph Store handler, when {@code canon.admin.password} turns writes on. */
    static final class ReadWrite extends GSP_RW {
        @Override
        protected DatasetGraph decideDataset(HttpAction action) {
            return view(action, super.decideDataset(action));
        }

        @Override
        protected void execPutGSP(HttpAction action) {
            refuseDefault(action);
            super.execPutGSP(action);
        }

        @Override
        protected void execPostGSP(HttpAction action) {
            refuseDefault(action);
            super.execPostGSP(action);
        }

        @Override
        protected void execDeleteGSP(HttpAction action) {
            refuseDefault(action);
            super.execDeleteGSP(action);
        }
    }

    /** For a request naming one graph, the dataset whose default graph is the union; else the dataset itself. */
    private static DatasetGraph view(HttpAction action, DatasetGraph dsg) {
        if (action.getRequestQueryString() == null) {
            return dsg;
        }
        return new DatasetGraphWrapper(dsg) {
            @Override
            public Graph getDefaultGraph() {
                return getUnionGraph();
            }
        };
    }

    private static void refuseDefault(HttpAction action) {
        if (action.getRequestParameter(HttpNames.paramGraphDefault) != null
                || HttpNames.graphTargetDefault.equals(action.getRequestParameter(HttpNames.paramGraph))) {
            ServletOps.errorBadRequest("The default graph is the union of the named graphs and cannot be written: "
                    + "name the graph to write with ?graph=IRI");
        }
    }
}
