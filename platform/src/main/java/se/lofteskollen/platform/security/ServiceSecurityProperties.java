package se.lofteskollen.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code lofteskollen.security.*}: which browser origins may call the API, and how large a request body may be.
 * The trusted issuers, their clients and their claims are {@code lofteskollen.security.issuers.*}
 * ({@link se.lofteskollen.platform.security.signin.TrustedIssuers}).
 */
@ConfigurationProperties("lofteskollen.security")
public class ServiceSecurityProperties {

    private final Cors cors = new Cors();
    /** The largest request body taken; a larger one is refused with 413 before anything reads it. */
    private DataSize maxBodySize = DataSize.ofKilobytes(256);
    /** The largest CSV file taken (an import of reports: 20,000 rows of about 150 bytes); larger: 413. */
    private DataSize maxCsvSize = DataSize.ofMegabytes(4);

    public Cors getCors() {
        return cors;
    }

    public DataSize getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(DataSize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public DataSize getMaxCsvSize() {
        return maxCsvSize;
    }

    public void setMaxCsvSize(DataSize maxCsvSize) {
        this.maxCsvSize = maxCsvSize;
    }

    /** Cross-origin calls from browsers: none unless origins are listed. */
    public static class Cors {
        /** Exact origins, e.g. {@code https://intranet.vastervik.se}. Empty: no cross-origin call is allowed. */
        private List<String> allowedOrigins = new ArrayList<>();

        public List<String> getAllowedOrigins() {
            return allowedOrigins;
        }

        public void setAllowedOrigins(List<String> allowedOrigins) {
            this.allowedOrigins = allowedOrigins;
        }
    }
}
