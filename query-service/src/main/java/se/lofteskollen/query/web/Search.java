package se.lofteskollen.query.web;

/** What a page's search box becomes in SQL: a LIKE pattern that finds the words anywhere, taken literally. */
public final class Search {

    private Search() {
    }

    /** {@code %words%}, with LIKE's own characters ({@code % _ \}) escaped so that they match themselves. */
    public static String containing(String words) {
        return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
