package org.canon.graph.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Strict percent-encoding: hex digits after every %, UTF-8 bytes; the bad parameter named. */
class PercentEncodingTest {

    @Test
    void wellFormedQueryStringsPass() {
        assertThat(PercentEncoding.malformedParameter(null)).isEmpty();
        assertThat(PercentEncoding.malformedParameter("q=health+informatics&limit=5")).isEmpty();
        assertThat(PercentEncoding.malformedParameter("q=Gesundheitsf%C3%BCrsorge&default")).isEmpty();
        assertThat(PercentEncoding.malformedParameter("query=SELECT%20*%20%7B%7D")).isEmpty();
    }

    @Test
    void theFirstMalformedParameterIsNamed() {
        assertThat(PercentEncoding.malformedParameter("q=%ff")).hasValue("q");
        assertThat(PercentEncoding.malformedParameter("limit=5&skill=%zz")).hasValue("skill");
        assertThat(PercentEncoding.malformedParameter("q=ab%")).hasValue("q");
        assertThat(PercentEncoding.malformedParameter("q=%C3")).as("a truncated UTF-8 sequence").hasValue("q");
        assertThat(PercentEncoding.malformedParameter("na%C3%AFve=%ff")).hasValue("naïve");
        assertThat(PercentEncoding.malformedParameter("%ff=1")).hasValue("%ff");
    }
}
