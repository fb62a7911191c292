/** IRIs of the Canon ontology, the data patterns and the named graphs, in one place. */
package org.canon.graph.vocab;
