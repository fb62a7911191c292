/**
 * The embedded Fuseki server: the SPARQL Protocol and Graph Store Protocol endpoints over the store, with
 * Fuseki's web UI, read-only unless write credentials are configured. Queries run at every query endpoint the UI
 * offers; answers are limited in size without ever ending as a silent success; the Graph Store's default graph is
 * the union of the named graphs, as for queries.
 */
package org.canon.graph.fuseki;
