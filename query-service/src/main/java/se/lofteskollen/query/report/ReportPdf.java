package se.lofteskollen.query.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * A report page (well-formed XHTML) laid out as a PDF on A4. Its text is set in DejaVu Sans, shipped in the service's
 * resources and embedded in the file, so that å, ä and ö look the same wherever it is opened and nothing depends on
 * the fonts of the server. The PDF is tagged (PDF/UA), its title and language taken from the page's
 * {@code <title>} and {@code lang}, so that a screen reader can read it: public bodies must publish accessibly.
 */
@Component
class ReportPdf {

    /** The family a report's stylesheet names for its PDF. */
    static final String FONT_FAMILY = "DejaVu Sans";

    static {
        XRLog.setLoggerImpl(new IntoTheServiceLog());
    }

    private final byte[] regular = resource("fonts/DejaVuSans.ttf");
    private final byte[] bold = resource("fonts/DejaVuSans-Bold.ttf");

    byte[] of(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .useDefaultPageSize(210, 297, PageSizeUnits.MM)
                .useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                // The page carries text people wrote; it loads nothing, so that no text can make the server fetch.
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withProducer("Löfteskollen")
                .withHtmlContent(xhtml, null)
                .toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    /**
     * The renderer's messages in the service's own log rather than on the console by a logger of its own: its chatter
     * at debug, and at debug too what it says about the stylesheet, which is the browsers' as well (flex, gap).
     */
    private static final class IntoTheServiceLog implements XRLogger {

        @Override
        public void log(String where, Level level, String message) {
            log(where, level, message, null);
        }

        @Override
        public void log(String where, Level level, String message, Throwable error) {
            LoggerFactory.getLogger(where).atLevel(level(where, level)).setCause(error).log(message);
        }

        @Override
        public void setLevel(String where, Level level) {
            // the service's logging configuration decides
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            String where = diagnostic.getLogMessageId().getWhere();
            return LoggerFactory.getLogger(where).isEnabledForLevel(level(where, diagnostic.getLevel()));
        }

        private static org.slf4j.event.Level level(String where, Level level) {
            if (level.intValue() >= Level.SEVERE.intValue()) {
                return org.slf4j.event.Level.ERROR;
            }
            if (level.intValue() >= Level.WARNING.intValue() && !where.equals(XRLog.CSS_PARSE)) {
                return org.slf4j.event.Level.WARN;
            }
            return level.intValue() >= Level.INFO.intValue() ? org.slf4j.event.Level.DEBUG : org.slf4j.event.Level.TRACE;
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The service's jar lacks " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
