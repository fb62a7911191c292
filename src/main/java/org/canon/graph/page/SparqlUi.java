package org.canon.graph.page;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.canon.graph.config.CanonProperties;
import org.canon.graph.fuseki.FusekiLauncher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Where the pages send people to run SPARQL themselves: the Fuseki UI and the SPARQL endpoint of the dataset. That is
 * {@code canon.fuseki.public-url} when set; else, in remote mode, the remote server (the dataset being the last
 * segment of {@code canon.store.remote.url}); else the embedded Fuseki, on the host the page was asked from.
 *
 * <p>The Fuseki UI 5.6 opens a query given in its address, {@code /#/dataset/{name}/query?query=...}, in its editor
 * (its query page reads the {@code query} parameter of its route); its list of example queries is fixed in its
 * script, so the named queries are offered through such addresses instead.
 */
@Component
class SparqlUi {
    private final CanonProperties settings;
    private final ObjectProvider<FusekiLauncher> fuseki;

    SparqlUi(CanonProperties settings, ObjectProvider<FusekiLauncher> fuseki) {
        this.settings = settings;
        this.fuseki = fuseki;
    }

    /** The Fuseki server's base URL (no trailing slash), or empty when there is none to send people to. */
    Optional<String> base(HttpServletRequest request) {
        String configured = settings.getFuseki().getPublicUrl();
        if (configured != null) {
            return Optional.of(trim(configured));
        }
        if (remote()) {
            URI url = URI.create(trim(settings.getStore().getRemote().getUrl()));
            String path = url.getPath();
            return Optional.of(trim(url.resolve(path.substring(0, path.lastIndexOf('/') + 1)).toString()));
        }
        FusekiLauncher launcher = fuseki.getIfAvailable();
        if (launcher == null || !launcher.isRunning()) {
            return Optional.empty();
        }
        return Optional.of(request.getScheme() + "://" + request.getServerName() + ":" + launcher.port());
    }

    /** The dataset's name at the Fuseki server. */
    String dataset() {
        if (remote() && settings.getFuseki().getPublicUrl() == null) {
            String url = trim(settings.getStore().getRemote().getUrl());
            return url.substring(url.lastIndexOf('/') + 1);
        }
        return settings.getFuseki().getDataset();
    }

    /** The SPARQL endpoint, {@code {base}/{dataset}/sparql}. */
    Optional<String> endpoint(HttpServletRequest request) {
        return base(request).map(b -> b + "/" + dataset() + "/sparql");
    }

    /** The Fuseki UI's query page with this query text in its editor. */
    Optional<String> editor(HttpServletRequest request, String queryText) {
        return base(request).map(b -> b + "/#/dataset/" + dataset() + "/query?query="
                + URLEncoder.encode(queryText, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private boolean remote() {
        return settings.getStore().getMode() == CanonProperties.Store.Mode.REMOTE;
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
