package org.canon.graph.profile;

/**
 * How {@code GET /api/profiles/{code}/adjacent} ranks the neighbours: the {@code mode} parameter of the
 * {@code adjacency} query. The constants are written as the parameter's values.
 */
public enum AdjacencyMode {
    /** By structural distance, nearest first (the default). */
    structure,
    /** By skill similarity, most similar first. */
    skills,
    /** By the blend 0.5 x skill similarity + 0.5 x (1 - distance), highest first. */
    blend
}
