/** What every REST endpoint shares: errors as {@code application/problem+json}, never a stack trace. */
package org.canon.graph.api;
