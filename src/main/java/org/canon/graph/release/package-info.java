/**
 * Releases: every load or import is recorded as a release in the graph {@code https://w3id.org/canon/graph/releases}
 * (a DCAT dataset of the release series with its version, date, source files and their checksums, the triple count
 * of every graph, and the release it revises), together with its change log: which concepts it added, removed,
 * retired or changed, and for a changed one which values, before and after. {@link
 * org.canon.graph.release.ReleaseRecorder} does it in the same transaction as the data, writing only the triples that
 * changed; {@link org.canon.graph.release.ConceptChanges} computes the change log from the graphs before and after.
 */
package org.canon.graph.release;
