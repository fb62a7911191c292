/**
 * The store: named graphs kept in an embedded TDB2 dataset whose default graph is the union of the named
 * graphs. Everything else talks to it through {@link org.canon.graph.store.CanonStore}, so queries run the
 * same way whatever holds the data.
 */
package org.canon.graph.store;
