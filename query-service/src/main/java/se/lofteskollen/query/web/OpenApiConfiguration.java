package se.lofteskollen.query.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class OpenApiConfiguration {

    static final String DESCRIPTION = """
            What management and auditors read about a medborgarlöfte, computed from the event store's events only.

            **asOf and knownAt.** `asOf` (a date) cuts by when things happened; `knownAt` (an instant) cuts by when
            they were recorded. "What did the dashboard show on 30 June?" is
            `asOf=2025-06-30&knownAt=2025-06-30T23:59:59Z`. asOf defaults to today (Europe/Stockholm) and is moved
            into the promise year (earlier dates become 1 January, later ones 31 December); knownAt defaults to now.
            A report, milestone or note counts when it happened in the year on or before asOf, was recorded at or
            before knownAt, and no retraction of it was recorded at or before knownAt. Revisions, baselines and
            withdrawals have no date of their own: once recorded, they apply to the whole year. The targets judged
            are those of the latest version recorded at or before knownAt, for every asOf; a knownAt before a
            revision sees the targets before it.

            **Progress rules.** Days elapsed count asOf itself (1 on 1 January, 365 or 366 on 31 December).
            COUNT: expected = floor(N × days elapsed / days in year); ACHIEVED when achieved ≥ N, ON_TRACK when
            ≥ expected, AT_RISK when ≥ 75 % of expected, else BEHIND. CADENCE: the ISO weeks of the year, cut at
            1 January and 31 December; a week has started when its first day is on or before asOf, and ended when
            its last day is; ON_TRACK when no ended week lacks a report, AT_RISK when one does, BEHIND when more do
            (the week asOf falls in is never missing yet). DEADLINE: DONE when the milestone is reached on or before
            asOf, DUE on or before the due date, OVERDUE after it. INCREASE: NO_BASELINE until a baseline is known;
            ACHIEVED once the count exceeds the baseline, ON_TRACK when it exceeds the baseline pro rata
            (count > B × days elapsed / days in year), AT_RISK when it is level with it (≥ floor of the pro-rata
            figure), else BEHIND. No target: ACTIVE when something (report, milestone, note) happened in the 90
            days ending on asOf, else QUIET. Overall = worst target, in the order ACHIEVED, DONE, ON_TRACK, ACTIVE,
            DUE, NO_BASELINE, QUIET, AT_RISK, BEHIND, OVERDUE. WITHDRAWN commitments are listed with their reason and
            left out of the summary.

            **Read your writes.** Every query takes `minPosition`, the `position` a command answered with (the
            event's global_index). The query waits (at most `lofteskollen.freshness.max-wait`, 2 s by default) until
            every segment of the read model it reads has processed that position; if it has not by then, the answer
            is 503 (problem+json, Retry-After: 1) rather than a stale count.
            """;

    @Bean
    OpenAPI queryApi() {
        return new OpenAPI()
                .info(new Info().title("Löfteskollen query API").version("1").description(DESCRIPTION))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The local profile's built-in users"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("Production: a token of the configured issuer and audience")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
