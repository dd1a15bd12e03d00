package se.lofteskollen.platform.launch;

/** A setting without which a service will not start, and what an operator sets instead. */
enum MissingSetting {

    PROFILE("No profile is active, and there is no default profile.",
            "Set SPRING_PROFILES_ACTIVE=prod for a deployment (sign-in through the identity provider, see the README's "
                    + "Deploying section), or SPRING_PROFILES_ACTIVE=local for trying it out (built-in users with "
                    + "published passwords: never where others can reach it)."),

    DATABASE_URL("No database is configured (spring.datasource.url).",
            "Set SPRING_DATASOURCE_URL (e.g. jdbc:postgresql://db.example:5432/lofteskollen), "
                    + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD."),

    LOCAL_DATABASE_URL("No database is configured (spring.datasource.url), and the service does not start one itself.",
            "Run ./run.sh, which starts an embedded PostgreSQL and both services against it, or set "
                    + "SPRING_DATASOURCE_URL (e.g. jdbc:postgresql://localhost:54329/postgres, the one ./run.sh starts), "
                    + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");

    private final String problem;
    private final String action;

    MissingSetting(String problem, String action) {
        this.problem = problem;
        this.action = action;
    }

    String problem() {
        return problem;
    }

    String action() {
        return action;
    }
}
