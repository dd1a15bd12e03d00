package se.lofteskollen.events.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps personal data of citizens out of free text: a Swedish personal identity number or co-ordination number
 * (personnummer, samordningsnummer), a phone number or an e-mail address. The domain never needs one, and an
 * event log can never forget what it was given. The patterns are narrow on purpose: counts ("100 platsbesök"),
 * dates ("2025-03-14") and years ("2024–2025") are everyday content of a report and must pass.
 */
public final class PrivacyGuard {

    /** YYMMDD or YYYYMMDD, an optional separator ({@code -}, {@code +} from age 100, or a space), then four digits. */
    private static final Pattern IDENTITY_NUMBER = Pattern.compile("(?<![\\d\\p{L}])(\\d{6}|\\d{8})[-+ ]?(\\d{4})(?![\\d\\p{L}])");

    /** +46 70 123 45 67, 0046 70-123 45 67, +46 (0)70 1234567: the country code, then 7 to 9 digits. */
    private static final Pattern INTERNATIONAL_PHONE = Pattern.compile(
            "(?<![\\w+])(?:\\+|00)46[\\s-]?(?:\\(0\\)[\\s-]?)?[1-9](?:[\\s-]?\\d){6,8}(?!\\d)");

    /** 070-123 45 67, 0490-123 45, 08-123 456 78, 0701234567: a leading zero, then 7 to 9 digits. */
    private static final Pattern NATIONAL_PHONE = Pattern.compile("(?<![\\w+])0[1-9](?:[\\s-]?\\d){6,8}(?!\\d)");

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

    private PrivacyGuard() {
    }

    /** Refuses {@code text} ({@code null} passes) with a {@link TextRefused} naming {@code field}. */
    public static void check(String field, String text) {
        if (text == null) {
            return;
        }
        if (holdsIdentityNumber(text)) {
            throw new TextRefused(field, TextRefused.Reason.PERSONAL_IDENTITY_NUMBER, 0);
        }
        if (EMAIL.matcher(text).find()) {
            throw new TextRefused(field, TextRefused.Reason.EMAIL_ADDRESS, 0);
        }
        if (INTERNATIONAL_PHONE.matcher(text).find() || NATIONAL_PHONE.matcher(text).find()) {
            throw new TextRefused(field, TextRefused.Reason.PHONE_NUMBER, 0);
        }
    }

    static boolean holdsIdentityNumber(String text) {
        Matcher candidate = IDENTITY_NUMBER.matcher(text);
        while (candidate.find()) {
            String date = candidate.group(1);
            if (date.length() == 8) {
                String century = date.substring(0, 2);
                if (!century.equals("18") && !century.equals("19") && !century.equals("20")) {
                    continue;
                }
                date = date.substring(2);
            }
            if (isBirthDate(date) && luhn(date + candidate.group(2))) {
                return true;
            }
        }
        return false;
    }

    /** Month 01–12; day 01–31, or 61–91 for a samordningsnummer (the day plus 60). */
    private static boolean isBirthDate(String yymmdd) {
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        if (day > 60) {
            day -= 60;
        }
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /** The control digit of the ten digits YYMMDDNNNC: the Luhn sum, weights 2, 1, 2, 1, … */
    static boolean luhn(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int digit = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return sum % 10 == 0;
    }
}
