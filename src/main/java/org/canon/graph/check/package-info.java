/**
 * Mapping checks: the named queries {@code sparql/check-*.rq} that flag doubtful classification mappings
 * (management roles outside SOC major group 11, broad codes where detailed ones exist, profiles without a
 * curated mapping, codes not in the imported release), run together by {@code GET /api/checks} and the
 * {@code check} command.
 */
package org.canon.graph.check;
