/**
 * What every HTTP request to the service meets: errors as {@code application/problem+json}, never a stack trace
 * (those of the controllers, malformed percent-encoding, and what Tomcat refuses before Spring sees it), the CORS
 * policy of the REST API, and who may see the health details.
 */
package org.canon.graph.api;
