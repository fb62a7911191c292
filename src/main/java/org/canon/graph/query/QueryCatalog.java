package org.canon.graph.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.canon.graph.source.SourceException;
import org.canon.graph.source.SourceFile;
import org.canon.graph.source.SourceLayout;

/** All named queries of {@code sparql/}, parsed once; a file that does not parse stops start-up. */
public final class QueryCatalog {
    private final Map<String, NamedQuery> queries = new LinkedHashMap<>();

    public QueryCatalog(SourceLayout layout) {
        this(layout.queryFiles());
    }

    public QueryCatalog(List<SourceFile> files) {
        List<String> problems = new ArrayList<>();
        for (SourceFile file : files) {
            try {
                NamedQuery q = NamedQuery.read(file);
                queries.put(q.name(), q);
            } catch (SourceException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new SourceException("Named queries that do not parse", problems);
        }
    }

    public Collection<NamedQuery> all() {
        return queries.values();
    }

    public Optional<NamedQuery> find(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /** The query of that name, or {@link UnknownQueryException}. */
    public NamedQuery get(String name) {
        return find(name).orElseThrow(() -> new UnknownQueryException(name, queries.keySet()));
    }
}
