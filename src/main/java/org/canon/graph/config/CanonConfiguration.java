package org.canon.graph.config;

import org.apache.jena.query.ARQ;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.query.QueryCatalog;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.store.CanonStore;
import org.canon.graph.store.RemoteStore;
import org.canon.graph.store.StoreException;
import org.canon.graph.store.Tdb2Store;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the store, the sources and the named queries from {@link CanonProperties}. */
@Configuration(proxyBeanMethods = false)
public class CanonConfiguration {

    /**
     * The store, with the query limits in its context so that they also hold for Fuseki's endpoints:
     * the query timeout, and SERVICE clauses refused (no query makes the server call another host).
     */
    @Bean(destroyMethod = "close")
    public CanonStore canonStore(CanonProperties settings) {
        CanonProperties.Store s = settings.getStore();
        if (s.getMode() == CanonProperties.Store.Mode.REMOTE) {
            CanonProperties.Remote r = s.getRemote();
            if (r.getUrl() == null || r.getUrl().isBlank()) {
                throw new StoreException("canon.store.mode is remote but canon.store.remote.url is not set");
            }
            return new RemoteStore(r.getUrl(), r.getQueryEndpoint(), r.getUpdateEndpoint(), r.getUser(), r.getPassword())
                    .verify();
        }
        CanonStore store = Tdb2Store.open(s.getDir(), s.getMinFreeSpace().toBytes());
        var context = store.datasetGraph().getContext();
        context.set(ARQ.queryTimeout, Long.toString(settings.getQuery().getTimeout().toMillis()));
        context.set(ARQ.httpServiceAllowed, false);
        return store;
    }

    @Bean
    public SourceLayout sourceLayout(CanonProperties settings) {
        return settings.getSources().getDir() == null
                ? SourceLayout.shipped() : SourceLayout.folder(settings.getSources().getDir());
    }

    @Bean
    public QueryCatalog queryCatalog(SourceLayout layout) {
        return new QueryCatalog(layout);
    }

    @Bean
    public QueryRunner queryRunner(CanonStore store, QueryCatalog catalog, CanonProperties settings) {
        return new QueryRunner(store, catalog, settings.getQuery().limits());
    }
}
