/**
 * Mapping sets: SSSOM TSV files (YAML header plus table), held to the SSSOM schema, read into SSSOM's RDF form
 * beside plain SKOS mapping triples, one named graph per mapping set ({@link org.canon.graph.mapping.SssomReader});
 * written back as SSSOM TSV ({@link org.canon.graph.mapping.SssomWriter}); chained crosswalks.
 */
package org.canon.graph.mapping;
