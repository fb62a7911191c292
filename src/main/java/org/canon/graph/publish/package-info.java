/**
 * Publishing releases while serving: {@code POST /api/admin/reload} and {@code POST /api/admin/import} validate and
 * swap in a new release of the Canon sources or of the external taxonomies in one write transaction, while readers
 * keep being answered from the release before until it commits ({@link org.canon.graph.publish.PublishService});
 * {@code GET /api/releases} lists the releases recorded in the graph and {@code GET /api/releases/{from}/changes/{to}}
 * answers their change log in JSON or CSV ({@link org.canon.graph.publish.ReleaseLog}, from the named queries
 * {@code releases} and {@code changes}).
 */
package org.canon.graph.publish;
