package se.lofteskollen.command.draft;

import se.lofteskollen.command.rules.InvalidCommand;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * A promise's published text as it comes in, by the API's body or the draft page's form: decoded strictly, at most
 * {@link #MAX_BYTES}, and read into a {@link PromiseDraft}. A refusal names the field {@value #FIELD}.
 */
public final class PublishedText {

    /** A promise is a few pages; its published text is some ten kilobytes. */
    public static final int MAX_BYTES = 200 * 1024;
    public static final String FIELD = "text";

    private PublishedText() {
    }

    /** The draft of {@code text}; blank text, or text holding control characters, is no promise. */
    public static PromiseDraft draft(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidCommand(FIELD, "refusal.draft.empty");
        }
        // A page break, as a PDF's text holds between pages, is a line break here.
        String lines = text.replace('\f', '\n');
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new InvalidCommand(FIELD, "refusal.draft.controlCharacter", String.format("%04X", (int) c));
            }
        }
        return PromiseDrafts.read(lines);
    }

    /** Decoded strictly: bytes that are no text in the charset are no promise. */
    public static String decoded(byte[] body, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notText) {
            throw new InvalidCommand(FIELD, "refusal.draft.notInCharset", charset.name());
        }
    }
}
