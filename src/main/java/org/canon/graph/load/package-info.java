/**
 * Loading: find the source files, parse them (errors name file, line and column), validate the taxonomy
 * against the SHACL shapes (violations name focus node, path and message) and hand complete named graphs
 * to the store in one transaction. Nothing is stored when anything fails.
 */
package org.canon.graph.load;
