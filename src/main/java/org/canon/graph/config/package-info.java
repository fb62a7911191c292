/** The service's settings: one typed, validated properties class bound from {@code canon.*}. */
package org.canon.graph.config;
