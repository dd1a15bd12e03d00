package se.lofteskollen.command.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a command's JSON may hold, beyond the field rules of each request: the strict settings of
 * {@code command-service.properties} (unknown fields, numbers for enums, trailing tokens, duplicate keys),
 * and here: no scalar silently turned into another type ({@code 12} into a text, {@code "12"} into a number),
 * text without control characters or broken surrogate pairs (they cannot be stored or shown safely), no text
 * longer than {@value #MAX_TEXT_LENGTH} characters, dates between 2000 and 2100, and bounded nesting.
 * Only the web's mapper is strict: events are read by the event store's own.
 */
@Configuration
class StrictJson {

    static final int MAX_TEXT_LENGTH = 10_000;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonMapper() {
        return builder -> builder
                .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .deserializerByType(String.class, new PlainText())
                .deserializerByType(LocalDate.class, new SaneDate())
                .postConfigurer(mapper -> {
                    mapper.coercionConfigFor(LogicalType.Textual)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(16)
                            .maxNumberLength(30)
                            .maxStringLength(4 * MAX_TEXT_LENGTH)
                            .build());
                });
    }

    /** A value Jackson could read, refused by a rule of ours; the message is shown as it is. */
    static final class BadValue extends JsonMappingException {
        BadValue(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    static final class PlainText extends StdScalarDeserializer<String> {

        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text == null) {
                return null;
            }
            if (text.length() > MAX_TEXT_LENGTH) {
                throw new BadValue(parser, "is longer than " + MAX_TEXT_LENGTH + " characters");
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw new BadValue(parser, "holds a broken surrogate pair (not valid Unicode text)");
                } else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                    throw new BadValue(parser, "holds a control character (U+" + String.format("%04X", (int) c) + ")");
                }
            }
            return text;
        }
    }

    static final class SaneDate extends StdScalarDeserializer<LocalDate> {

        SaneDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // Jackson would also take a number as days since 1970, an array as [year, month, day], blanks around
            // a date, or a date and time. Read by hand: a pattern and Java's date formatter were 5 % of a report's
            // CPU in the command-service.
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new BadValue(parser, "must be a date (YYYY-MM-DD)");
            }
            LocalDate date = isoDate(parser.getText());
            if (date == null) {
                throw new BadValue(parser, "must be a date (YYYY-MM-DD)");
            }
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw new BadValue(parser, "must be a date between " + EARLIEST + " and " + LATEST);
            }
            return date;
        }

        /** YYYY-MM-DD of a day in the calendar, or null. */
        static LocalDate isoDate(String text) {
            if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
                return null;
            }
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year < 0 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                return null;
            }
            return LocalDate.of(year, month, day);
        }

        /** The number the ASCII digits from {@code start} to {@code end} make, or -1 if any is not one. */
        private static int digits(String text, int start, int end) {
            int value = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }
}
