package org.canon.graph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The standard terms of a release record that Jena's vocabulary classes lack ({@code DCAT} has no DCAT 3 terms;
 * Jena's {@code VOID} and {@code DCTerms} cover the rest): DCAT 3's version and dataset series, PROV-O's revision,
 * SPDX's checksums (as DCAT 3 recommends) and the SPARQL 1.1 Service Description's graph name.
 */
public final class ReleaseRecords {
    private ReleaseRecords() {}

    public static final String DCAT = org.apache.jena.vocabulary.DCAT.NS;
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    public static final Property version = ResourceFactory.createProperty(DCAT + "version");
    public static final Resource DatasetSeries = ResourceFactory.createResource(DCAT + "DatasetSeries");
    public static final Property inSeries = ResourceFactory.createProperty(DCAT + "inSeries");
    public static final Property wasRevisionOf = ResourceFactory.createProperty(PROV + "wasRevisionOf");
    public static final Property checksum = ResourceFactory.createProperty(SPDX + "checksum");
    public static final Resource Checksum = ResourceFactory.createResource(SPDX + "Checksum");
    public static final Property algorithm = ResourceFactory.createProperty(SPDX + "algorithm");
    public static final Property checksumValue = ResourceFactory.createProperty(SPDX + "checksumValue");
    public static final Resource checksumAlgorithmSha256 = ResourceFactory.createResource(SPDX + "checksumAlgorithm_sha256");
    public static final Property name = ResourceFactory.createProperty(SD + "name");
    public static final Resource NamedGraph = ResourceFactory.createResource(SD + "NamedGraph");
}
