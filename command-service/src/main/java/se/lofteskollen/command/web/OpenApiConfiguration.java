package se.lofteskollen.command.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/** The command API's documentation at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}. */
@Configuration
public class OpenApiConfiguration {

    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI commandApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Löfteskollen command API")
                        .version("1")
                        .description("""
                                Records what a citizen promise (medborgarlöfte) says and what is done to keep it:
                                promises, commitments and their targets, meetings, place visits, activities,
                                milestones and status notes. Every change is an immutable event that records who
                                made it (the authenticated user, never a field of the body).

                                Ids of what is created may be chosen by the client, or derived from an
                                `Idempotency-Key` header: a repeat of the same request then creates nothing new and
                                is answered like the first. A different request under an id already used is a 409.

                                Every refusal is `application/problem+json` (RFC 9457) with `field` (the first wrong
                                field, a JSON path such as `targets[0].atLeast`) and `errors` (every wrong field).
                                A refused request stores nothing.

                                No personal data of citizens: no field takes the name or identity of a young person,
                                a victim or another citizen, and free-text notes must not contain any. Free text
                                (notes, measures, reasons, texts, summaries) holding a Swedish personal identity or
                                co-ordination number (checked by its control digit), a phone number or an e-mail
                                address is refused (400, with the field and a Swedish message).

                                Every text is checked the same way: no control characters (newline and tab only in
                                free text), no longer than documented for its field, stored in Unicode NFC.

                                Who may send what: a COORDINATOR everything; a REPORTER reports (meetings, place visits,
                                activities, milestones, status notes) only on commitments its organisation answers for
                                (a joint commitment: either organisation) and retracts only its own organisation's
                                reports; MANAGEMENT nothing. Authentication: HTTP Basic with the local profile's
                                built-in users; in production a JWT bearer token of the configured issuer."""))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The local profile's built-in users (samordnare, polis, kommun, ledning)"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("Production: a token of the configured issuer and audience"))
                        .addSchemas(PROBLEM, new Schema<Map<String, Object>>()
                                .type("object")
                                .description("RFC 9457 problem details")
                                .addProperty("type", new Schema<String>().type("string"))
                                .addProperty("title", new Schema<String>().type("string"))
                                .addProperty("status", new Schema<Integer>().type("integer"))
                                .addProperty("detail", new Schema<String>().type("string"))
                                .addProperty("instance", new Schema<String>().type("string"))
                                .addProperty("field", new Schema<String>().type("string")
                                        .description("The first wrong field: a JSON path into the body, a path variable or a header"))
                                .addProperty("errors", new Schema<>().type("array").items(new Schema<Map<String, Object>>()
                                        .type("object")
                                        .addProperty("field", new Schema<String>().type("string"))
                                        .addProperty("message", new Schema<String>().type("string"))))
                                .addProperty("correlationId", new Schema<String>().type("string"))))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** The refusals every command can meet, documented once instead of on every endpoint. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            var responses = operation.getResponses();
            responses.putIfAbsent("400", problem("Invalid input: malformed JSON, an unknown field, a wrong type, "
                    + "a missing or invalid value, or a value against the rules (e.g. a date outside the promise year)"));
            responses.putIfAbsent("401", new ApiResponse().description("Not authenticated"));
            responses.putIfAbsent("403", problem("The user may not do this: not with this role, or (a reporter) not on a "
                    + "commitment its organisation does not answer for, or a report another organisation made"));
            responses.putIfAbsent("404", problem("An id in the path or the body names nothing recorded"));
            responses.putIfAbsent("409", problem("The request contradicts what is recorded (closed promise, withdrawn "
                    + "commitment, code or id already used with other content, milestone already reached), "
                    + "or concurrent writes kept colliding"));
            responses.putIfAbsent("413", problem("The body is larger than the service takes (256 KB by default)"));
        }));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
