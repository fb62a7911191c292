package org.canon.graph.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.store.Tdb2Store;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * All settings of Canon Graph, bound from {@code canon.*} (application.properties, environment,
 * or command line such as {@code --canon.store.dir=/var/lib/canon}). Every default is listed in the README.
 */
@Validated
@ConfigurationProperties("canon")
public class CanonProperties {

    @Valid private final Store store = new Store();
    @Valid private final Sources sources = new Sources();
    @Valid private final Fuseki fuseki = new Fuseki();
    @Valid private final Query query = new Query();
    @Valid private final Admin admin = new Admin();
    @Valid private final Cors cors = new Cors();
    @Valid private final Text text = new Text();
    @Valid private final Suggestions suggestions = new Suggestions();

    public Store getStore() { return store; }
    public Sources getSources() { return sources; }
    public Fuseki getFuseki() { return fuseki; }
    public Query getQuery() { return query; }
    public Admin getAdmin() { return admin; }
    public Cors getCors() { return cors; }
    public Text getText() { return text; }
    public Suggestions getSuggestions() { return suggestions; }

    /** Where the graph is kept. */
    public static class Store {
        /** Which store: the embedded TDB2 folder, or an external SPARQL server. */
        public enum Mode { EMBEDDED, REMOTE }

        /** {@code embedded} (TDB2 in {@code dir}) or {@code remote} (the SPARQL server at {@code remote.url}). */
        @NotNull private Mode mode = Mode.EMBEDDED;
        /** Folder of the embedded TDB2 store; created and loaded from the shipped sources on first start. */
        @NotNull private Path dir = Path.of("canon-store");
        /** Load the shipped sources into an empty store on start-up. */
        private boolean loadOnStart = true;
        /** Least free space on the disk of {@code dir}; start-up fails with a clear message below it. */
        @NotNull private DataSize minFreeSpace = DataSize.ofBytes(Tdb2Store.DEFAULT_MIN_FREE_SPACE);
        @Valid private final Remote remote = new Remote();

        public Mode getMode() { return mode; }
        public void setMode(Mode mode) { this.mode = mode; }
        public Remote getRemote() { return remote; }

        public Path getDir() { return dir; }
        public void setDir(Path dir) { this.dir = dir; }
        public boolean isLoadOnStart() { return loadOnStart; }
        public void setLoadOnStart(boolean loadOnStart) { this.loadOnStart = loadOnStart; }
        public DataSize getMinFreeSpace() { return minFreeSpace; }
        public void setMinFreeSpace(DataSize minFreeSpace) { this.minFreeSpace = minFreeSpace; }
    }

    /** An external SPARQL 1.1 Protocol server holding the store (mode {@code remote}). */
    public static class Remote {
        /** The dataset URL, e.g. {@code http://fuseki.internal:3030/canon}; required in remote mode. */
        private String url;
        /** Query endpoint, relative to the dataset URL. */
        @NotBlank private String queryEndpoint = "sparql";
        /** Update endpoint, relative to the dataset URL (used by load and import only). */
        @NotBlank private String updateEndpoint = "update";
        /** User for HTTP authentication at the remote server (unset: none). */
        private String user;
        /** Password for HTTP authentication at the remote server (unset: none). */
        private String password;

        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
        public String getQueryEndpoint() { return queryEndpoint; }
        public void setQueryEndpoint(String queryEndpoint) { this.queryEndpoint = queryEndpoint; }
        public String getUpdateEndpoint() { return updateEndpoint; }
        public void setUpdateEndpoint(String updateEndpoint) { this.updateEndpoint = updateEndpoint; }
        public String getUser() { return user; }
        public void setUser(String user) { this.user = user; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }

    /** Where the source files (ontology, shapes, taxonomy, mappings, queries) are read from. */
    public static class Sources {
        /**
         * A checkout's top folder holding {@code ontology/}, {@code data/}, {@code mappings/} and {@code sparql/};
         * unset means the copies shipped inside the jar.
         */
        private Path dir;

        public Path getDir() { return dir; }
        public void setDir(Path dir) { this.dir = dir; }
    }

    /** The embedded Fuseki server (SPARQL endpoints and its web UI). */
    public static class Fuseki {
        /** Start Fuseki with the service. */
        private boolean enabled = true;
        /** Fuseki's port; 0 picks a free port (the log says which). */
        @Min(0) @Max(65535) private int port = 3030;
        /** Dataset name: endpoints are /{dataset}/sparql, /{dataset}/query and /{dataset}/get. */
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]+") private String dataset = "canon";

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
        public int getPort() { return port; }
        public void setPort(int port) { this.port = port; }
        public String getDataset() { return dataset; }
        public void setDataset(String dataset) { this.dataset = dataset; }
    }

    /** Limits on every query, from the UI, the SPARQL endpoints and the API. */
    public static class Query {
        /** Longest a query may run before it is stopped. */
        @NotNull private Duration timeout = QueryRunner.Limits.DEFAULTS.timeout();
        /** Most rows a named query returns through the API. */
        @Min(1) private int maxRows = QueryRunner.Limits.DEFAULTS.maxRows();
        /** Longest query text accepted, in characters. */
        @Min(100) private int maxLength = 50_000;
        /** Largest answer the SPARQL endpoints send; a longer one is cut off at this size. */
        @NotNull private DataSize maxResultSize = DataSize.ofMegabytes(64);

        /** The limits the query runner applies. */
        public QueryRunner.Limits limits() { return new QueryRunner.Limits(timeout, maxRows); }

        public DataSize getMaxResultSize() { return maxResultSize; }
        public void setMaxResultSize(DataSize maxResultSize) { this.maxResultSize = maxResultSize; }

        public Duration getTimeout() { return timeout; }
        public void setTimeout(Duration timeout) { this.timeout = timeout; }
        public int getMaxRows() { return maxRows; }
        public void setMaxRows(int maxRows) { this.maxRows = maxRows; }
        public int getMaxLength() { return maxLength; }
        public void setMaxLength(int maxLength) { this.maxLength = maxLength; }
    }

    /**
     * Credentials for writes (SPARQL Update, Graph Store writes, dataset admin) and for the health details. Unset
     * means writes are off and nobody sees the details.
     */
    public static class Admin {
        /** User name for HTTP Basic authentication on write endpoints. */
        private String user = "admin";
        /** Password for write endpoints; unset (the default) turns all writes off. */
        private String password;

        public String getUser() { return user; }
        public void setUser(String user) { this.user = user; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public boolean writesEnabled() { return password != null && !password.isBlank(); }

        /**
         * Whether an HTTP {@code Authorization} header carries these credentials (Basic); never when no password is
         * set. Compared in constant time.
         */
        public boolean authorises(String authorization) {
            if (!writesEnabled() || authorization == null || !authorization.startsWith("Basic ")) {
                return false;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(authorization.substring(6).trim());
            } catch (IllegalArgumentException e) {
                return false;
            }
            return MessageDigest.isEqual(given, (user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Cross-origin reads (CORS), one policy on both ports (the REST API and Fuseki): {@code GET}, {@code HEAD} and
     * {@code POST} (queries) from the allowed origins, never with credentials.
     */
    public static class Cors {
        /** Origins whose pages may read the answers, e.g. {@code https://example.org}; {@code *} means any. */
        @NotNull private List<@NotBlank String> allowedOrigins = new ArrayList<>(List.of("*"));

        public List<String> getAllowedOrigins() { return allowedOrigins; }
        public void setAllowedOrigins(List<String> allowedOrigins) { this.allowedOrigins = allowedOrigins; }
    }

    /** The text index (Lucene) over the labels, titles, notations and definitions of every scheme. */
    public static class Text {
        /**
         * Folder of the text index's generations; unset means beside the store folder, named after it with
         * {@code -text} (e.g. {@code canon-store-text}). In remote mode it is a local folder the service fills from
         * the remote store.
         */
        private Path dir;

        public Path getDir() { return dir; }
        public void setDir(Path dir) { this.dir = dir; }

        /** The folder in use: {@code dir}, or the store folder's sibling. */
        public Path resolve(Path storeDir) {
            if (dir != null) {
                return dir;
            }
            Path abs = storeDir.toAbsolutePath().normalize();
            return abs.resolveSibling(abs.getFileName() + "-text");
        }
    }

    /** Crosswalk suggestions. */
    public static class Suggestions {
        /** How many suggestions per concept and target scheme are written into the store at load and import. */
        @Min(1) @Max(100) private int materialised = 10;

        public int getMaterialised() { return materialised; }
        public void setMaterialised(int materialised) { this.materialised = materialised; }
    }
}
