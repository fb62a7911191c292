package org.canon.graph.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Content negotiation: which format an Accept header (or the format parameter) gets. */
class FormatTest {

    @ParameterizedTest(name = "[{0}] gives {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "text/html | HTML",
            "text/turtle | TURTLE",
            "application/ld+json | JSONLD",
            "application/n-triples | NTRIPLES",
            "application/rdf+xml | RDFXML",
            // a browser's header: HTML at 1, anything at 0.8
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | HTML",
            // q-values: the highest wins, whatever the order
            "text/turtle;q=0.5, application/ld+json;q=0.9 | JSONLD",
            "application/n-triples;q=0.4, text/turtle;q=0.6, text/html;q=0.5 | TURTLE",
            // anything: the server's first choice, HTML
            "*/* | HTML",
            "NONE | HTML",
            // a wildcard subtype: the server's first text type
            "text/* | HTML",
            "text/*;q=0.5, text/turtle | TURTLE",
            "application/* | JSONLD",
            // the most specific range decides: HTML refused by q=0 despite */*
            "text/html;q=0, */* | TURTLE",
            "*/*;q=0.1, application/rdf+xml | RDFXML",
            // media type parameters do not matter
            "text/turtle;charset=UTF-8 | TURTLE"})
    void negotiates(String accept, Format expected) {
        assertThat(Format.negotiate(accept, null)).contains(expected);
    }

    @ParameterizedTest(name = "[{0}] is not acceptable")
    @CsvSource(delimiter = '|', value = {"image/png", "application/json", "text/plain", "text/html;q=0", "not a type"})
    void refusesWhatItCannotServe(String accept) {
        assertThat(Format.negotiate(accept, null)).isEmpty();
    }

    @ParameterizedTest(name = "format={0}")
    @CsvSource({"html,HTML", "ttl,TURTLE", "jsonld,JSONLD", "nt,NTRIPLES", "rdf,RDFXML"})
    void theFormatParameterOverridesTheHeader(String format, Format expected) {
        assertThat(Format.negotiate("image/png", format)).contains(expected);
    }

    @org.junit.jupiter.api.Test
    void anUnknownFormatParameterIsNotAcceptable() {
        assertThat(Format.negotiate("text/html", "xls")).isEmpty();
    }
}
