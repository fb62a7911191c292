/**
 * The graph in a browser, and its IRIs dereferenceable: {@code /id/{kind}/{code}}, {@code /external/{scheme}/{code}},
 * {@code /mappings/...} and {@code /ontology} answer an HTML page or the resource's RDF by content negotiation
 * ({@link org.canon.graph.page.Format}); {@code /} is the home page with the taxonomy as a tree; {@code /queries}
 * lists the named queries and {@code /queries/{name}} opens one in an editor, its parameters filled in, or in the
 * Fuseki UI; {@code /search} shows a search of the text index, the target of the search box every page has (a
 * plain GET form; {@code static/search.js} adds completions from {@code /api/suggest}). Every page is rendered on
 * the server (Thymeleaf templates under {@code templates/}) from named queries of {@code sparql/}, works without
 * JavaScript and embeds its schema.org description as JSON-LD.
 */
package org.canon.graph.page;
