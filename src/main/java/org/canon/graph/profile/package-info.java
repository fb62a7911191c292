/**
 * Profiles over HTTP: {@code GET /api/profiles/{code}} returns a profile's whole card ({@link
 * org.canon.graph.profile.ProfileCard}, assembled by {@link org.canon.graph.profile.CardAssembler} from the
 * {@code profile}, {@code skills} and {@code adjacency} named queries; its rules in {@link
 * org.canon.graph.profile.CardRules}), the same facts its profile page shows; the questions about one profile
 * (adjacent roles, skills, career paths, crosswalk) and profile search answer typed rows of their named queries.
 */
package org.canon.graph.profile;
