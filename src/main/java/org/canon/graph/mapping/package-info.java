/**
 * Mapping sets: SSSOM TSV files (YAML header plus table) read into SSSOM's RDF form, beside plain SKOS mapping
 * triples, one named graph per mapping set.
 */
package org.canon.graph.mapping;
