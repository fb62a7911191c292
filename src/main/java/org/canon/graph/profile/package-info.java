/**
 * Profiles over HTTP: {@code GET /api/profiles/{code}} returns a profile's whole card (the {@code profile} named
 * query, turned into plain JSON), the same facts its profile page shows.
 */
package org.canon.graph.profile;
