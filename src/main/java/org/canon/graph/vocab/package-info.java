/**
 * Vocabulary IRIs in one place: the Canon ontology, data patterns and named graphs ({@link org.canon.graph.vocab.Canon}),
 * and the external vocabularies Jena has no class for (PROV-O, DQV, SSSOM and semapv, the namespaces of the imported
 * taxonomies). SKOS, OWL, RDF, RDFS, Dublin Core and schema.org come from Jena's {@code org.apache.jena.vocabulary}.
 */
package org.canon.graph.vocab;
