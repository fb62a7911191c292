/**
 * Graphs derived from the store's content at load and import: the hook through which a load or an import
 * runs its {@link org.canon.graph.derive.DerivedGraphBuilder}s over the graphs as they will be once it commits
 * ({@link org.canon.graph.derive.PendingStore}), and stores what they build in the same transaction
 * ({@link org.canon.graph.derive.DerivedGraphs}). A builder may also keep something beside the store (a text
 * index), which it publishes only once the transaction has committed.
 */
package org.canon.graph.derive;
