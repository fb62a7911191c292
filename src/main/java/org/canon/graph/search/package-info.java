/**
 * Full-text search and autocomplete over the one text index ({@link org.canon.graph.text}): {@code GET /api/search}
 * ranks the concepts of Canon and of every imported scheme by relevance to some words, {@code GET /api/suggest}
 * completes a prefix of their labels. {@link org.canon.graph.search.SearchService} checks the parameters and
 * answers typed records ({@link org.canon.graph.search.SearchHit}, {@link org.canon.graph.search.Completion});
 * where a concept has a page on this service is told by {@link org.canon.graph.search.ConceptPages}, which the
 * pages provide. (The named query {@code search} is the plain substring scan of standard SPARQL, for SPARQL users.)
 */
package org.canon.graph.search;
