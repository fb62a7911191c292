package org.canon.graph.profile;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.canon.graph.query.NotFoundException;
import org.canon.graph.query.BadParameterException;
import org.canon.graph.query.QueryTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The profile endpoints over MockMvc with the service replaced: the JSON field names of the typed answers (a fact
 * the card lacks is null, a column a row lacks is left out), typed parameters, and errors as problem+json (the
 * API's error mapping is part of the slice).
 */
@WebMvcTest(ProfileController.class)
class ProfileControllerTest {
    static final String M3 = "HEALTH.HEALTHIN8668.M3";
    @Autowired MockMvc mvc;
    @MockitoBean ProfileService profiles;

    static ProfileCard card() {
        return new ProfileCard(M3, "https://w3id.org/canon/id/profile/" + M3, "Health Informatics — M3", List.of(),
                new ProfileCard.Concept("HEALTH", "Health Information Technology", "f"),
                new ProfileCard.Focus("HEALTHIN8668", "Health Informatics", "fo", "def", null, "Material differential", "Material differential"),
                new ProfileCard.Level("M3", "Senior Manager", "l", "Senior Manager", "Management", 3, 5, "d", "s", "a", "c",
                        "i", "dr", "le", "8–12 yrs", 8, 12),
                new ProfileCard.RecordMetadata("Approved", "High confidence", 0.9, "global", "v1"),
                List.of(new ProfileCard.Rung("M3", M3, true, List.of("Leads several teams."))),
                List.of(new ProfileCard.RubricRow("M3", List.of(new ProfileCard.RubricCell("Knowledge & Application", "text")))),
                List.of(new ProfileCard.Skill("s", "EHR/EMR expertise", "def", "Focus", "src", "Health Informatics")),
                new ProfileCard.Pay("USD", 120000.0, 95000.0, 153000.0, "P1Y"),
                ProfileCard.Provenance.assess(List.of(new ProfileCard.Score("Level differentiation", 5.0),
                        new ProfileCard.Score("Real-world coverage", 4.5)), 4.0, 10, "Adversarial review panel"),
                List.of(new AdjacentRole("HEALTH.HEALTHIN8668.M2", "Health Informatics — M2", 0.058, "band", null, 0.0,
                        0.167, 0, 0.9943, null, "HEALTH", "HEALTHIN8668", "M2")),
                List.of());
    }

    @Test
    void theCardKeepsItsFieldNames() throws Exception {
        when(profiles.card(M3)).thenReturn(Optional.of(card()));
        mvc.perform(get("/api/profiles/" + M3).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.code").value(M3))
                .andExpect(jsonPath("$.record.status").value("Approved"))
                .andExpect(jsonPath("$.level.displayLabel").value("Senior Manager"))
                .andExpect(jsonPath("$.focus.scopeNote").hasJsonPath())
                .andExpect(jsonPath("$.focus.scopeNote").value(nullValue()))
                .andExpect(jsonPath("$.responsibilitiesByLevel[0].current").value(true))
                .andExpect(jsonPath("$.levelGuidelines[0].cells[0].dimension").value("Knowledge & Application"))
                .andExpect(jsonPath("$.marketPay.median").value(120000.0))
                .andExpect(jsonPath("$.provenance.minimum").value(4.5))
                .andExpect(jsonPath("$.provenance.passed").value(true))
                .andExpect(jsonPath("$.adjacentRoles[0].profileCode").value("HEALTH.HEALTHIN8668.M2"))
                .andExpect(jsonPath("$.adjacentRoles[0].bandLabel").doesNotExist())
                .andExpect(jsonPath("$.adjacentRoles[0].skillSimilarity").value(0.9943))
                .andExpect(jsonPath("$.adjacentRoles[0].blend").doesNotExist());
    }

    @Test
    void anUnknownProfileIsA404Problem() throws Exception {
        when(profiles.card("HEALTH.NOPE0000.M3")).thenReturn(Optional.empty());
        mvc.perform(get("/api/profiles/HEALTH.NOPE0000.M3").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("No profile with code 'HEALTH.NOPE0000.M3'"));
        when(profiles.skills("HEALTH.NOPE0000.M3")).thenThrow(new NotFoundException("No profile with code 'HEALTH.NOPE0000.M3'"));
        mvc.perform(get("/api/profiles/HEALTH.NOPE0000.M3/skills")).andExpect(status().isNotFound());
    }

    @Test
    void typedParametersReachTheServiceAsNumbers() throws Exception {
        when(profiles.adjacent(eq(M3), any(), any(), any())).thenReturn(List.of());
        mvc.perform(get("/api/profiles/" + M3 + "/adjacent?limit=3&maxDistance=0.25")).andExpect(status().isOk());
        verify(profiles).adjacent(M3, 3, new BigDecimal("0.25"), null);
        mvc.perform(get("/api/profiles/" + M3 + "/adjacent?mode=blend")).andExpect(status().isOk());
        verify(profiles).adjacent(M3, null, null, AdjacencyMode.blend);
        when(profiles.careerPaths(M3, 3)).thenReturn(List.of(new CareerStep("other-function", "FINANCE.FINANCEFP3307.M3",
                "t", "M3", "FINANCEFP3307", "FINANCE", 0.5, 0.2765, 0.3883, List.of("Coordination"), List.of())));
        mvc.perform(get("/api/profiles/" + M3 + "/career-paths?otherFunctions=3"))
                .andExpect(jsonPath("$[0].carriedSkills", contains("Coordination")))
                .andExpect(jsonPath("$[0].skillsToGain").isEmpty());
    }

    @Test
    void aValueOfTheWrongTypeIsA400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/profiles/" + M3 + "/adjacent?limit=ten"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("limit"));
        mvc.perform(get("/api/profiles/" + M3 + "/adjacent?maxDistance=near"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("maxDistance"));
        mvc.perform(get("/api/profiles/" + M3 + "/adjacent?mode=closest"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("mode"))
                .andExpect(jsonPath("$.detail").value("Parameter 'mode' has a value of the wrong type: it is one of "
                        + "structure, skills, blend"));
        mvc.perform(get("/api/profiles/" + M3 + "/adjacent?mode=BLEND"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("mode"));
        mvc.perform(get("/api/profiles/" + M3 + "/career-paths?otherFunctions=some"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("otherFunctions"));
        verify(profiles, never()).adjacent(any(), any(), any(), any());
        verify(profiles, never()).careerPaths(any(), any());
    }

    @Test
    void aValueOutOfRangeIsA400FromTheQuery() throws Exception {
        when(profiles.adjacent(M3, 5000, null, null)).thenThrow(new BadParameterException("limit", "5000 is above the maximum 1000"));
        mvc.perform(get("/api/profiles/" + M3 + "/adjacent?limit=5000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("limit"))
                .andExpect(jsonPath("$.detail").value("Parameter 'limit' 5000 is above the maximum 1000"));
    }

    @Test
    void aQueryTimeoutIsA503() throws Exception {
        when(profiles.careerPaths(M3, null)).thenThrow(new QueryTimeoutException("career-paths", 10));
        mvc.perform(get("/api/profiles/" + M3 + "/career-paths"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnservedTypeIs406() throws Exception {
        mvc.perform(get("/api/profiles/" + M3).accept(MediaType.APPLICATION_XML)).andExpect(status().isNotAcceptable());
    }
}
