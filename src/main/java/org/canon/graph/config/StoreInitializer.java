package org.canon.graph.config;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.canon.graph.derive.DerivedGraphBuilder;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.text.TextIndexes;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.store.CanonStore;
import org.canon.graph.vocab.Canon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationStartupAware;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;
import org.springframework.stereotype.Component;

/**
 * On the service's first start, loads the sources into an empty store (before Fuseki and the API open).
 * A store that already holds the taxonomy is left as it is ({@code load} on the command line reloads it), except that
 * a store loaded before the structural distance entries existed gets them, derived from its taxonomy. Then
 * opens the text index that matches the store (building it when this machine lacks it) and, for the embedded
 * store, serves it to {@code text:query}.
 */
@Component
@ConditionalOnWebApplication
public class StoreInitializer implements SmartLifecycle, ApplicationStartupAware {
    private static final Logger log = LoggerFactory.getLogger(StoreInitializer.class);
    private final CanonStore store;
    private final SourceLayout layout;
    private final CanonProperties settings;
    private final List<DerivedGraphBuilder> derived;
    private final TextIndexes textIndexes;
    private volatile boolean running;
    private ApplicationStartup startup = ApplicationStartup.DEFAULT;

    public StoreInitializer(CanonStore store, SourceLayout layout, CanonProperties settings,
                            List<DerivedGraphBuilder> derived, TextIndexes textIndexes) {
        this.store = store;
        this.layout = layout;
        this.settings = settings;
        this.derived = derived;
        this.textIndexes = textIndexes;
    }

    @Override
    public void setApplicationStartup(ApplicationStartup startup) {
        this.startup = startup;
    }

    @Override
    public void start() {
        StartupStep step = startup.start(StartupBreakdown.STORE_CHECK_STEP);
        if (settings.getStore().getMode() == CanonProperties.Store.Mode.EMBEDDED) {
            textIndexes.serveSparql(store.datasetGraph().getContext());
        }
        Set<String> graphs = store.graphNames();
        if (settings.getStore().isLoadOnStart() && !graphs.contains(Canon.GRAPH_TAXONOMY)) {
            long t0 = System.nanoTime();
            CanonLoader.LoadReport report = new CanonLoader(derived).load(layout, store);
            log.info("Loaded {} triples in {} graphs from {} into {} in {} ms", report.triples(),
                    report.graphSizes().size(), layout.describe(), store.describe(), (System.nanoTime() - t0) / 1_000_000);
        } else {
            log.info("Store {} holds {} graphs", store.describe(), graphs.size());
            if (graphs.contains(Canon.GRAPH_TAXONOMY) && !hasStructuralDistances()) {
                // a store loaded before the structural distance entries were derived: adjacency and career-paths
                // read them, so they are derived now from the taxonomy in the store
                store.replaceGraphs(Map.of(Canon.GRAPH_DERIVED, new CanonLoader().deriveFor(layout, store)),
                        Set.of());
                log.info("Derived the structural distances into {}, which the store lacked", Canon.GRAPH_DERIVED);
            }
        }
        if (textIndexes.current().isEmpty()) {
            textIndexes.start(store);
        }
        step.end();
        running = true;
    }

    private boolean hasStructuralDistances() {
        try (RDFConnection conn = store.connect()) {
            return Txn.calculateRead(conn, () -> conn.queryAsk("ASK { GRAPH <"
                    + Canon.GRAPH_DERIVED + "> { ?entry a <" + Canon.StructuralDistance.getURI() + "> } }"));
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return 0;
    }
}
