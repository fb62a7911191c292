/**
 * Skill similarity, derived and materialised when the data it is derived from is stored: similar occupations
 * for every O*NET-SOC occupation ({@link org.canon.graph.similarity.SimilarOccupations}, at import, from the
 * occupations' O*NET descriptors with weights fitted on O*NET's related occupations) and the skill similarity
 * between Canon profiles ({@link org.canon.graph.similarity.SimilarProfiles}, at load and import, from each
 * profile's effective skills). {@link org.canon.graph.similarity.SimilarityBuilder} derives them as one of the
 * load's and the import's derived-graph builders; the results are ordinary triples in their own named graphs, so that any SPARQL 1.1
 * store answers the named queries over them.
 */
package org.canon.graph.similarity;
