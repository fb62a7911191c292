package org.canon.graph.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the REST API ({@code /v3/api-docs}): title, version and licence from the build
 * ({@code META-INF/build-info.properties}, written from the pom), and the error answers every operation can give,
 * each an {@code application/problem+json} body ({@link ApiErrors}): 400 for an operation with query parameters
 * or a profile code, 404 for one with a path variable, 406, 500, and 503 for one that runs a query.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI canonOpenApi(ObjectProvider<BuildProperties> build) {
        Optional<BuildProperties> b = Optional.ofNullable(build.getIfAvailable());
        return new OpenAPI()
                .info(new Info().title("Canon Graph API")
                        .version(b.map(BuildProperties::getVersion).orElse("unknown"))
                        .description("The Canon job taxonomy over HTTP: profile cards, nearby roles, skills, career "
                                + "paths, crosswalks to O*NET-SOC, SOC, ISCO-08 and ESCO, search, mapping checks, and "
                                + "every named SPARQL query of sparql/. The same graph answers SPARQL on the Fuseki "
                                + "endpoint. Errors are application/problem+json (RFC 9457).")
                        .license(new License().name(b.map(p -> p.get("licence.name")).orElse("Apache-2.0"))
                                .url(b.map(p -> p.get("licence.url")).orElse("https://www.apache.org/licenses/LICENSE-2.0"))))
                .servers(List.of(new Server().url("/").description("This service: the host that serves this description")))
                // the API reads only and needs no credentials
                .security(List.of());
    }

    /** Adds the error answers to every operation. */
    @Bean
    OpenApiCustomizer problemAnswers() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> addProblems(path, op)));
        };
    }

    private static void addProblems(String path, Operation op) {
        ApiResponses responses = op.getResponses();
        boolean checksValues = path.contains("{code}") || op.getParameters() != null
                && op.getParameters().stream().anyMatch(p -> "query".equals(p.getIn()));
        if (checksValues) {
            responses.addApiResponse("400", problem("A parameter is missing or has a bad value; "
                    + "'parameter' names it."));
        }
        if (path.contains("{")) {
            responses.addApiResponse("404", problem("No profile has this code, or no query this name."));
        }
        responses.addApiResponse("406", problem("The service cannot answer in a type the Accept header allows."));
        responses.addApiResponse("500", problem("An unexpected failure; the server log has the details."));
        if (runsAQuery(op)) {
            responses.addApiResponse("503", problem("The query ran past the timeout (canon.query.timeout)."));
        }
    }

    private static boolean runsAQuery(Operation op) {
        return !op.getOperationId().equals("listQueries") && !op.getOperationId().equals("describeQuery");
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    /** RFC 9457 problem details, as {@link ApiErrors} writes them. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Map<String, Schema> properties = new java.util.LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri-reference").description("The problem type; about:blank for the plain HTTP status."));
        properties.put("title", new StringSchema().description("The kind of problem.").example("Bad parameter"));
        properties.put("status", new IntegerSchema().description("The HTTP status.").example(400));
        properties.put("detail", new StringSchema().description("What went wrong, in words a caller can act on.")
                .example("Parameter 'limit' 100000 is above the maximum 1000"));
        properties.put("instance", new StringSchema().format("uri-reference").description("The path asked for."));
        properties.put("parameter", new StringSchema().description("400 only: the parameter that is missing or bad.")
                .example("limit"));
        Schema schema = new ObjectSchema().description("Problem details (RFC 9457).");
        schema.setProperties(properties);
        schema.setRequired(List.of("title", "status", "detail"));
        return schema;
    }
}
