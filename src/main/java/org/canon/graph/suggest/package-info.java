/**
 * Crosswalk suggestions: for a concept of one scheme (Canon profiles, O*NET-SOC, SOC 2018, SOC 2010, ISCO-08,
 * ESCO), the ranked concepts of another scheme that it may map to, each with the evidence behind it (the walk
 * through the published mappings, shared titles, text similarity, the text index's rank) and a fitted score.
 * {@link org.canon.graph.suggest.SuggestionBuilder} materialises them at load and import into the graphs
 * {@code suggestions/{scheme}-to-{target}} as SSSOM mapping sets; {@link org.canon.graph.suggest.SuggestionService}
 * answers {@code GET /api/suggestions} and the named query {@code crosswalk-suggestions} reads them in SPARQL.
 */
package org.canon.graph.suggest;
