package se.lofteskollen.platform.pages;

/**
 * Where browsers reach the other service, for the links between the pages of the two (a report's retraction form on
 * the command-service, a promise's list of reports on the query-service): {@code lofteskollen.pages.command-service-url}
 * and {@code lofteskollen.pages.query-service-url}. Either may be unset; the pages then leave those links out.
 */
public class OtherService {

    private final String commandService;
    private final String queryService;

    OtherService(String commandService, String queryService) {
        this.commandService = base(commandService);
        this.queryService = base(queryService);
    }

    /** The command-service's address without a trailing slash, or null when none is set. */
    public String commandService() {
        return commandService;
    }

    /** The query-service's address without a trailing slash, or null when none is set. */
    public String queryService() {
        return queryService;
    }

    private static String base(String url) {
        return url == null || url.isBlank() ? null : url.strip().replaceAll("/+$", "");
    }
}
