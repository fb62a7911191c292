/**
 * Canon Graph: the Canon job taxonomy as RDF, validated, stored in TDB2 and served by Fuseki and a REST API.
 *
 * <p>Data flows one way: {@link org.canon.graph.load} parses and validates the source files,
 * {@link org.canon.graph.store} keeps them as named graphs, {@link org.canon.graph.fuseki} and the REST
 * packages ({@link org.canon.graph.profile}, {@link org.canon.graph.query}) serve them.
 * {@link org.canon.graph.external} imports the external taxonomies (O*NET-SOC, SOC, ISCO-08, ESCO) and their
 * published crosswalks from the publishers' files.
 */
package org.canon.graph;
