package org.canon.graph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the W3C Data Quality Vocabulary that Canon uses for the quality scores of a profile. */
public final class Dqv {
    private Dqv() {}

    public static final String NS = "http://www.w3.org/ns/dqv#";

    public static final Resource QualityMeasurement = ResourceFactory.createResource(NS + "QualityMeasurement");
    public static final Resource Metric = ResourceFactory.createResource(NS + "Metric");
    public static final Property hasQualityMeasurement = ResourceFactory.createProperty(NS + "hasQualityMeasurement");
    public static final Property isMeasurementOf = ResourceFactory.createProperty(NS + "isMeasurementOf");
    public static final Property value = ResourceFactory.createProperty(NS + "value");
}
