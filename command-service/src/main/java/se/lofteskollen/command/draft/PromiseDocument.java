package se.lofteskollen.command.draft;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure of a promise's published text: its title, the priority areas it numbers ("6. Brottskoncentrationer
 * ...", in the list of prioritised areas or as a section heading, with or without Markdown's {@code #}), and its
 * numbered commitments ("6.2 Polisen ska ...", a bullet before it or not), each running on over the lines that follow
 * until a blank line, a heading or the next numbered line. What the words of a commitment say is read elsewhere.
 */
record PromiseDocument(String title, Integer year, String policeArea, String municipality, List<Area> areas,
                       List<Paragraph> commitments, List<String> remarks) {

    /** A priority area as the text numbers it, and the line it was read from. */
    record Area(String code, String name, String line) {
    }

    /**
     * A numbered commitment: its code, its words, and the party a note in brackets before them names, as some
     * transcriptions add ("6.2 (Polisen) Polisen ska ..."), or null.
     */
    record Paragraph(String code, String text, String bracketed) {
    }

    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+(?<text>.*)$");
    private static final Pattern AREA = Words.exact("^\\s*(?:#{1,6}\\s*)?(?<code>\\d{1,2})[.)]\\s+(?<name>\\p{Lu}.*?)\\s*$");
    private static final Pattern COMMITMENT = Words.pattern(
            "^\\s*(?:[-*•]\\s+)?(?<code>\\d{1,2}\\.\\d{1,2})\\.?\\s+(?:\\((?<bracketed>[^)]{1,80})\\)\\s*)?(?<text>\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*•|]\\s");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("\\b(20\\d\\d)\\b");
    private static final Pattern YEAR_IN_TEXT = Words.pattern("\\b(?:medborgarlöfte|lovar[^.\\n]{0,80}?under)\\s+(20\\d\\d)\\b");
    private static final Pattern POLICE_AREA = Words.exact("\\bLokalpolisområde(?:\\s+\\p{Lu}[\\w-]*)+");
    private static final Pattern MUNICIPALITY = Words.exact("(?:\\b\\p{Lu}[\\w-]*\\s+)+(?:kommun|stad)\\b");

    static PromiseDocument parse(String published) {
        String text = Normalizer.normalize(published.replace("\uFEFF", ""), Normalizer.Form.NFC);
        String[] lines = text.split("\\R", -1);
        List<String> remarks = new ArrayList<>();
        Map<String, Area> areas = new LinkedHashMap<>();
        List<Paragraph> commitments = new ArrayList<>();
        String title = null;
        String code = null;
        String bracketed = null;
        StringBuilder words = null;
        for (String line : lines) {
            Matcher heading = HEADING.matcher(line);
            Matcher area = AREA.matcher(line);
            Matcher commitment = COMMITMENT.matcher(line);
            boolean continues = words != null && !line.isBlank() && !heading.matches() && !area.matches()
                    && !commitment.matches() && !BULLET.matcher(line).find();
            if (continues) {
                words.append(' ').append(line.trim());
                continue;
            }
            if (words != null) {
                commitments.add(new Paragraph(code, words.toString(), bracketed));
                words = null;
            }
            if (title == null && !line.isBlank()) {
                title = heading.matches() ? heading.group("text").trim() : line.trim();
            }
            if (area.matches()) {
                addArea(areas, new Area(area.group("code"), area.group("name").replaceAll("[*_]", "").trim(), line.trim()),
                        remarks);
            } else if (commitment.matches()) {
                code = commitment.group("code");
                bracketed = commitment.group("bracketed");
                words = new StringBuilder(commitment.group("text").trim());
            }
        }
        if (words != null) {
            commitments.add(new Paragraph(code, words.toString(), bracketed));
        }
        String head = title == null ? "" : title;
        return new PromiseDocument(title, year(head, text), first(POLICE_AREA, head, text), first(MUNICIPALITY, head, text),
                List.copyOf(areas.values()), List.copyOf(commitments), List.copyOf(remarks));
    }

    /**
     * The list of prioritised areas comes before the sections that repeat them as headings, sometimes in fewer
     * words: the first name of a code is kept, and a different later one is remarked on.
     */
    private static void addArea(Map<String, Area> areas, Area area, List<String> remarks) {
        Area earlier = areas.putIfAbsent(area.code(), area);
        if (earlier != null && !earlier.name().equalsIgnoreCase(area.name())) {
            remarks.add("area " + area.code() + " is named both \"" + earlier.name() + "\" and \"" + area.name()
                    + "\"; the first is used");
        }
    }

    private static Integer year(String title, String text) {
        Matcher inTitle = YEAR_IN_TITLE.matcher(title);
        if (inTitle.find()) {
            return Integer.valueOf(inTitle.group(1));
        }
        Matcher inText = YEAR_IN_TEXT.matcher(text);
        return inText.find() ? Integer.valueOf(inText.group(1)) : null;
    }

    private static String first(Pattern pattern, String title, String text) {
        return Optional.of(pattern.matcher(title)).filter(Matcher::find).map(Matcher::group)
                .or(() -> Optional.of(pattern.matcher(text)).filter(Matcher::find).map(Matcher::group))
                .map(String::trim).orElse(null);
    }
}
