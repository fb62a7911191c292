package org.canon.graph.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.canon.graph.ServiceTestBase;
import org.canon.graph.query.QueryRow;
import org.canon.graph.query.QueryRunner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The named queries one click away: listed, opened in the editor with their parameters filled in, run from the
 * editor with the same rows the runner gives, and handed to the Fuseki UI with the same text.
 */
class EditorTest extends ServiceTestBase {
    @Autowired QueryRunner runner;

    @Test
    void everyNamedQueryIsListed() throws Exception {
        Document list = Jsoup.parse(get(api("/queries"), "text/html").body());
        runner.catalog().all().forEach(q -> assertThat(list.select("a[href=/queries/" + q.name() + "]")).as(q.name()).hasSize(1));
    }

    @Test
    void theEditorHoldsTheQueryWithItsParameters() throws Exception {
        HttpResponse<String> r = get(api("/queries/skills?code=FINANCE.FINANCEFP6021.P2"), "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(r.body());
        String text = doc.selectFirst("textarea[name=query]").wholeText();
        assertThat(text).isEqualTo(QueryText.of(runner, "skills", Map.of("code", "FINANCE.FINANCEFP6021.P2")))
                .contains("VALUES ?code { \"FINANCE.FINANCEFP6021.P2\" }");
        assertThat(doc.selectFirst("input[name=code]").attr("value")).isEqualTo("FINANCE.FINANCEFP6021.P2");
    }

    @Test
    void runningTheTextGivesTheRunnersRows() throws Exception {
        Map<String, String> params = Map.of("code", "HEALTH.HEALTHIN8668.M3", "limit", "7");
        String text = QueryText.of(runner, "adjacency", params);
        HttpResponse<String> r = post(api("/query"), "application/x-www-form-urlencoded",
                "name=adjacency&query=" + URLEncoder.encode(text, StandardCharsets.UTF_8), null, "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(r.body());
        List<QueryRow> expected = runner.rows("adjacency", params, row -> row);
        List<Element> rows = doc.select("#results tbody tr");
        assertThat(rows).hasSize(expected.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).select("td").get(0).text()).isEqualTo(expected.get(i).text("profileCode"));
        }
    }

    @Test
    void aConstructShowsItsTriplesAndAnAskItsAnswer() throws Exception {
        HttpResponse<String> r = get(api("/query?query=" + URLEncoder.encode(
                "ASK { <https://w3id.org/canon/id/level/M3> ?p ?o }", StandardCharsets.UTF_8)), "text/html");
        assertThat(Jsoup.parse(r.body()).select("#results td").text()).isEqualTo("yes");
        String describe = QueryText.of(runner, "describe", Map.of("resource", "https://w3id.org/canon/id/level/M3"));
        long triples = runner.construct("describe", Map.of("resource", "https://w3id.org/canon/id/level/M3")).size();
        HttpResponse<String> c = post(api("/query"), "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(describe, StandardCharsets.UTF_8), null, "text/html");
        assertThat(Jsoup.parse(c.body()).select("#results tbody tr")).hasSize((int) triples);
    }

    @Test
    void badInputGetsAPageThatSaysWhy() throws Exception {
        HttpResponse<String> bad = get(api("/queries/skills?code=lower.case"), "text/html");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.body()).selectFirst("#message").text()).contains("'code'");
        HttpResponse<String> unknown = get(api("/queries/no-such-query"), "text/html");
        assertThat(unknown.statusCode()).isEqualTo(404);
        HttpResponse<String> parse = post(api("/query"), "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode("SELECT * WHERE {\n ?s ?p }", StandardCharsets.UTF_8), null, "text/html");
        assertThat(parse.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(parse.body()).selectFirst("#message").text()).contains("line 2");
        HttpResponse<String> update = post(api("/query"), "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode("DROP ALL", StandardCharsets.UTF_8), null, "text/html");
        assertThat(update.statusCode()).isEqualTo(400);
    }

    @Test
    void theFusekiLinkCarriesTheSameText() throws Exception {
        HttpResponse<String> r = get(api("/queries/crosswalk/fuseki?code=HEALTH.HEALTHIN8668.P5&scheme=onet-soc"), "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        String url = Jsoup.parse(r.body()).selectFirst("a#go").attr("href");
        assertThat(url).startsWith(fuseki("/#/dataset/"));
        String text = URLDecoder.decode(url.substring(url.indexOf("?query=") + 7), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(QueryText.of(runner, "crosswalk", Map.of("code", "HEALTH.HEALTHIN8668.P5", "scheme", "onet-soc")));
    }
}
