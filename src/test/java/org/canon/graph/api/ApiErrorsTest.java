package org.canon.graph.api;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.canon.graph.check.MappingChecks;
import org.canon.graph.profile.ProfileService;
import org.canon.graph.query.BadParameterException;
import org.canon.graph.query.QueryCatalog;
import org.canon.graph.query.QueryRunner;
import org.canon.graph.query.QueryTimeoutException;
import org.canon.graph.query.UnknownQueryException;
import org.canon.graph.search.SearchService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each failure the API knows becomes the problem+json answer the OpenAPI description documents: status, title,
 * detail, and the parameter of a 400. The controllers run over MockMvc with their services replaced.
 */
// the API's answers about the taxonomy; the pages (package page) answer HTML, and the releases and the admin
// operations (package publish) have tests of their own
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "org\\.canon\\.graph\\.(page|publish)\\..*"))
class ApiErrorsTest {
    @Autowired MockMvc mvc;
    @MockitoBean QueryRunner runner;
    @MockitoBean QueryCatalog catalog;
    @MockitoBean ProfileService profiles;
    @MockitoBean MappingChecks checks;
    @MockitoBean org.canon.graph.suggest.SuggestionService suggestions;
    @MockitoBean SearchService search;
    @MockitoBean org.canon.graph.similar.SimilarService similar;

    @Test
    void anUnknownProfileOrQueryIs404() throws Exception {
        when(profiles.card("X.Y.Z1")).thenReturn(Optional.empty());
        mvc.perform(get("/api/profiles/X.Y.Z1")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("No profile with code 'X.Y.Z1'"));
        when(runner.catalog()).thenReturn(catalog);
        when(catalog.get("drop")).thenThrow(new UnknownQueryException("drop", List.of("adjacency", "skills")));
        mvc.perform(get("/api/queries/drop/describe")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Unknown query"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("known: adjacency, skills")));
    }

    @Test
    void aBadParameterIs400NamingIt() throws Exception {
        when(search.search("x", null, null, null)).thenThrow(new BadParameterException("q", "has 1 characters; give 2 to 200"));
        mvc.perform(get("/api/search?q=x")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Bad parameter"))
                .andExpect(jsonPath("$.parameter").value("q"))
                .andExpect(jsonPath("$.detail").value("Parameter 'q' has 1 characters; give 2 to 200"));
        mvc.perform(get("/api/search?q=health&limit=many")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"));
    }

    @Test
    void aTimeoutIs503() throws Exception {
        when(checks.run()).thenThrow(new QueryTimeoutException("check-broad-code", 10_000));
        mvc.perform(get("/api/checks")).andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Query timeout"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("canon.query.timeout")));
    }

    @Test
    void anythingElseIs500WithoutItsInternals() throws Exception {
        when(checks.run()).thenThrow(new IllegalStateException("secret internals"));
        mvc.perform(get("/api/checks")).andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Internal error"))
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("secret internals"))));
    }
}
