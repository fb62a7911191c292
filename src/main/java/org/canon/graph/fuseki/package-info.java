/**
 * The embedded Fuseki server: the SPARQL Protocol and Graph Store Protocol endpoints over the store, with
 * Fuseki's web UI, read-only unless write credentials are configured.
 */
package org.canon.graph.fuseki;
