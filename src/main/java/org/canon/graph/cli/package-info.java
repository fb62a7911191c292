/**
 * The command line: {@code java -jar canon-graph.jar COMMAND}, run with the service's settings but no server.
 */
package org.canon.graph.cli;
