/**
 * The REST API of the similarities materialised by {@link org.canon.graph.similarity}: {@code GET /api/similar}
 * (similar occupations of an external occupation) and {@code GET /api/profiles/{code}/similar} (the profiles
 * nearest to one profile by skills), as typed JSON records, each answered by its named query.
 */
package org.canon.graph.similar;
