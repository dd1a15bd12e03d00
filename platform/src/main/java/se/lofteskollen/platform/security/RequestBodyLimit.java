package se.lofteskollen.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a request body before anything else may, and refuses it when it is larger than
 * {@code lofteskollen.security.max-body-size} (413), declared or chunked, or when a JSON body is not valid
 * UTF-8 (400: overlong forms and encoded surrogates included, which a lenient decoder would let through).
 * Form posts (the login form) are left to the servlet container, whose own form size limit applies.
 */
public class RequestBodyLimit extends OncePerRequestFilter {

    /** {@code text/csv} or {@code application/csv}, with or without parameters; compiled once, as it is asked per request. */
    private static final Pattern CSV = Pattern.compile("(text|application)/csv\\b", Pattern.CASE_INSENSITIVE);

    private final int maxBytes;
    private final int maxCsvBytes;

    public RequestBodyLimit(long maxBytes) {
        this(maxBytes, maxBytes);
    }

    /** {@code maxCsvBytes}: the limit for a CSV body (an import), which is larger than any JSON request. */
    public RequestBodyLimit(long maxBytes, long maxCsvBytes) {
        this.maxBytes = (int) Math.min(maxBytes, Integer.MAX_VALUE - 1);
        this.maxCsvBytes = (int) Math.min(maxCsvBytes, Integer.MAX_VALUE - 1);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int maxBytes = isCsv(request) ? maxCsvBytes : this.maxBytes;
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(request, response, maxBytes);
            return;
        }
        if (!hasBody(request) || isForm(request)) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        // With a declared length (at most maxBytes, above) the container ends the stream there: reading that many
        // allocates the body alone, where reading up to the limit allocated a buffer of 8 KB and a copy per request.
        byte[] body = request.getInputStream().readNBytes(declared >= 0 ? (int) declared : maxBytes + 1);
        if (body.length > maxBytes) {
            tooLarge(request, response, maxBytes);
            return;
        }
        if (isJson(request) && !isUtf8(body)) {
            ProblemResponses.write(request, response, HttpStatus.BAD_REQUEST, "Invalid request",
                    "the body is not valid UTF-8");
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, int maxBytes)
            throws IOException {
        // The rest of the body is not read; the connection is not kept for another request.
        response.setHeader("Connection", "close");
        ProblemResponses.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large",
                "the body may have at most " + maxBytes + " bytes");
    }

    private static boolean isCsv(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && CSV.matcher(type).lookingAt();
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        return lower.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE) || lower.startsWith("multipart/");
    }

    /** JSON is UTF-8 (RFC 8259); a body declared as another charset is left to the JSON reader. */
    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            MediaType mediaType = MediaType.parseMediaType(type);
            boolean json = MediaType.APPLICATION_JSON.isCompatibleWith(mediaType)
                    || mediaType.getSubtype().endsWith("+json");
            Charset charset = mediaType.getCharset();
            return json && (charset == null || StandardCharsets.UTF_8.equals(charset));
        } catch (RuntimeException unparsable) {
            return false;
        }
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException invalid) {
            return false;
        }
    }

    /** The request with its body already read. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has been read already");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = StandardCharsets.UTF_8;
            try {
                if (getCharacterEncoding() != null) {
                    charset = Charset.forName(getCharacterEncoding());
                }
            } catch (RuntimeException unknownCharset) {
                // read as UTF-8, which JSON is
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
