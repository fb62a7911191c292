package org.canon.graph.store;

import org.canon.graph.vocab.Canon;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health of the store: up when it answers and holds the taxonomy graph; details give the store and its number of
 * graphs. Each check is cheap whatever the store's size (the graph names come from an index, and no triples are
 * counted: counting the taxonomy's triples read the whole graph, millions of index entries at 100,000 profiles, on
 * every check). Service only: the commands have no health endpoint, and open the store only when they need it.
 */
@Component("store")
@ConditionalOnWebApplication
class StoreHealth implements HealthIndicator {
    private final CanonStore store;

    StoreHealth(CanonStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        try {
            var graphs = store.graphNames();
            Health.Builder b = graphs.contains(Canon.GRAPH_TAXONOMY) ? Health.up() : Health.outOfService();
            return b.withDetail("store", store.describe()).withDetail("graphs", graphs.size()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("store", store.describe()).withDetail("error", e.getMessage()).build();
        }
    }
}
