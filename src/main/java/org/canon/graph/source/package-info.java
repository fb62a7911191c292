/**
 * The project's source files and what goes wrong with them: {@link org.canon.graph.source.SourceLayout} finds the
 * files of a checkout (or the copies inside the jar), {@link org.canon.graph.source.SourceFile} names and opens one,
 * and {@link org.canon.graph.source.SourceException} reports every problem found in them (file and line, or focus
 * node and path). Used by the loader, the importers, the mapping-set reader and the query catalogue alike.
 */
package org.canon.graph.source;
