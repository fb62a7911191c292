package org.canon.graph.page;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Open this query" for a section of a page: the named query with the page's parameters, in the editor this service
 * serves ({@code /queries/{name}?...}), in the Fuseki UI (through {@code /queries/{name}/fuseki?...}, which redirects
 * there with the query text filled in) and through the API ({@code /api/queries/{name}?...}).
 */
public record QueryLink(String name, String editor, String fuseki, String api) {

    /** The links for a named query and its parameters (name, value, name, value...). */
    static QueryLink of(String name, String... params) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        return new QueryLink(name, url("/queries/" + name, map), url("/queries/" + name + "/fuseki", map),
                url("/api/queries/" + name, map));
    }

    private static String url(String path, Map<String, String> params) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        params.forEach((k, v) -> b.queryParam(k, "{" + k + "}"));
        return b.encode().buildAndExpand(params).toUriString();
    }
}
