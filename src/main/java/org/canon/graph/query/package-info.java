/**
 * Named queries: the files under {@code sparql/}, one query per file, each with a {@code #+} header that documents
 * its parameters and result columns. The catalog parses them all at start-up; the runner binds typed parameters
 * (never by pasting text), applies the timeout and the row cap, and serves them over the REST API.
 */
package org.canon.graph.query;
