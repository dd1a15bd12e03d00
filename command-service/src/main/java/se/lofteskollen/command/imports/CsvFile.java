package se.lofteskollen.command.imports;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import se.lofteskollen.command.rules.InvalidCommand;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An import file as people make them: UTF-8 with or without a byte order mark, or Windows-1252 as Swedish Excel
 * saves "CSV (semikolonavgränsad)"; cells separated by {@code ;} or {@code ,}, whichever the header row uses; a header
 * row naming the columns in any order. Line 1 is the header; a row's line is its number in the file.
 */
final class CsvFile {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES);

    /** One row below the header, by column name; a cell left empty is absent. */
    record Row(int line, Map<String, String> cells) {

        String get(String column) {
            return cells.get(column);
        }
    }

    private CsvFile() {
    }

    /** The rows of the file; a header naming a column the import does not know, or none it needs, is refused. */
    static List<Row> rows(byte[] file, List<String> known, List<String> required) {
        String text = decode(file);
        String header = text.lines().findFirst().orElse("");
        if (header.isBlank()) {
            throw new InvalidCommand("file", "refusal.import.empty", String.join(",", required));
        }
        List<String[]> records = read(text, separatorOf(header));
        List<String> columns = Arrays.stream(records.get(0)).map(String::trim).toList();
        for (int i = 0; i < columns.size(); i++) {
            if (!known.contains(columns.get(i))) {
                throw new InvalidCommand("file", "refusal.import.unknownColumn", i + 1, columns.get(i),
                        String.join(", ", known));
            }
        }
        for (String column : required) {
            if (!columns.contains(column)) {
                throw new InvalidCommand("file", "refusal.import.missingColumn", column);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            String[] record = records.get(r);
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < Math.min(record.length, columns.size()); c++) {
                if (!record[c].isBlank()) {
                    cells.put(columns.get(c), record[c].trim());
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new Row(r + 1, cells));
            }
        }
        return rows;
    }

    /** UTF-8 when the bytes are UTF-8 (a byte order mark dropped); otherwise they are Windows-1252. */
    static String decode(byte[] file) {
        if (startsWith(file, UTF8_BOM)) {
            return new String(file, UTF8_BOM.length, file.length - UTF8_BOM.length, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(file, WINDOWS_1252);
        }
    }

    /** Swedish Excel writes {@code ;} (the comma is the decimal sign); others write {@code ,}. */
    static char separatorOf(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static List<String[]> read(String text, char separator) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        try (MappingIterator<String[]> records = MAPPER.readerFor(String[].class).with(schema).readValues(text)) {
            return records.readAll();
        } catch (IOException | RuntimeException unreadable) {
            throw new InvalidCommand("file", "refusal.import.unreadable",
                    String.valueOf(unreadable.getMessage()).lines().findFirst().orElse("").toLowerCase(Locale.ROOT));
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
