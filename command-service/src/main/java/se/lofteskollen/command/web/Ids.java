package se.lofteskollen.command.web;

/** What an id chosen by a client may look like: safe in a URL path, in a log line and in SQL. */
public final class Ids {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";
    public static final String MESSAGE = "may hold letters, digits, '.', '_' and '-', and starts with a letter or digit";

    private Ids() {
    }
}
