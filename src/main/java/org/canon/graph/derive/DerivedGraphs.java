package org.canon.graph.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.canon.graph.store.CanonStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the graphs of a load or an import together with the graphs the derived-graph builders make from them,
 * in one transaction; then tells each builder whether it committed.
 */
public final class DerivedGraphs {
    private static final Logger log = LoggerFactory.getLogger(DerivedGraphs.class);
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private DerivedGraphs() {}

    /**
     * Runs the builders over the store as it will be, then replaces {@code graphs} and the derived graphs and
     * drops {@code drop}, all in one transaction.
     *
     * @return every graph stored (the given and the derived ones), by name
     */
    public static Map<String, Graph> store(Map<String, Graph> graphs, Set<String> drop, CanonStore store,
                                           List<DerivedGraphBuilder> builders) {
        PendingStore pending = new PendingStore(graphs, drop, store);
        Map<String, Graph> all = new LinkedHashMap<>(graphs);
        List<DerivedGraphBuilder.Derived> built = new ArrayList<>();
        try {
            for (DerivedGraphBuilder b : builders) {
                if (!b.concerns(pending.changedGraphs())) {
                    continue;
                }
                long t0 = System.nanoTime();
                long cpu0 = CPU.getCurrentThreadCpuTime();
                DerivedGraphBuilder.Derived d = b.build(pending);
                built.add(d);
                all.putAll(d.graphs());
                log.info("Derived {}: {} graph(s), {} triples in {} ms ({} ms of CPU on this thread)", b.name(),
                        d.graphs().size(), d.graphs().values().stream().mapToLong(Graph::size).sum(),
                        (System.nanoTime() - t0) / 1_000_000, (CPU.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
            }
            long t0 = System.nanoTime();
            store.replaceGraphs(all, drop);
            log.info("Stored {} graph(s) in {} ms", all.size(), (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            built.forEach(d -> d.onFailure().run());
            throw e;
        }
        built.forEach(d -> d.onCommit().run());
        return all;
    }
}
