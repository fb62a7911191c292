/**
 * The one text index of the graph: a Lucene index (read by Jena's jena-text for {@code text:query}) over the
 * labels, alternative labels, reported and alternate titles, notations and definitions of the Canon taxonomy
 * and of every imported scheme, each entry with its scheme and type so that searches can filter.
 *
 * <p>{@link org.canon.graph.text.TextIndex} searches it (ranked by relevance, prefix suggestions);
 * {@link org.canon.graph.text.TextCorpus} reads its entries from the store; {@link org.canon.graph.text.TextIndexFolder}
 * keeps its generations beside the store and switches to a new one only after the store's transaction has
 * committed ({@link org.canon.graph.text.TextIndexBuilder}, run by every load and import), so that a failed load
 * or import leaves the old index in place.
 */
package org.canon.graph.text;
