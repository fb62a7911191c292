package org.canon.graph.publish;

import java.util.List;
import java.util.Map;
import org.canon.graph.release.ConceptChange;
import org.canon.graph.release.RecordedRelease;

/**
 * What a reload or import recorded: the release's number, IRI and kind, the release it revises, the triples of each
 * graph after it, how many concepts it added, removed, retired and changed, the shape warnings that did not stop it,
 * and how long it took in milliseconds.
 */
public record Published(long release, String iri, String kind, Long previous, long triples, Map<String, Long> graphs,
                        Release.ChangeCounts changes, List<String> warnings, long millis) {

    static Published of(RecordedRelease r, List<String> warnings, long millis) {
        return new Published(r.version(), r.iri(), r.kind().name().toLowerCase(), r.previous(),
                r.graphs().values().stream().mapToLong(Long::longValue).sum(), r.graphs(),
                new Release.ChangeCounts(r.count(ConceptChange.Type.ADDED), r.count(ConceptChange.Type.REMOVED),
                        r.count(ConceptChange.Type.RETIRED), r.count(ConceptChange.Type.CHANGED)),
                warnings, millis);
    }
}
