package se.lofteskollen.platform.pages;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.InvalidCsrfTokenException;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorPagesTest {

    private final ErrorPages pages = new ErrorPages("/css/query.css", "/");

    @Test
    void anExpiredFormIsToldApartFromARefusal() {
        var expired = ErrorPages.wording(HttpStatus.FORBIDDEN, new InvalidCsrfTokenException(
                new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "old"), "new"));
        var refused = ErrorPages.wording(HttpStatus.FORBIDDEN, new AccessDeniedException("not yours"));

        assertThat(expired.title()).isEqualTo("Formuläret har gått ut");
        assertThat(expired.explanation()).contains("Inget sparades").contains("ladda om sidan");
        assertThat(refused.title()).isEqualTo("Du har inte behörighet till den här sidan");
    }

    @Test
    void everyStatusHasSwedishWordsAndTheServiceLook() {
        for (HttpStatus status : HttpStatus.values()) {
            if (status.isError()) {
                ModelAndView page = pages.of(status, null);
                assertThat(page.getStatus()).isEqualTo(status);
                assertThat(page.getModel().get("title")).as(status.toString()).isNotNull();
                assertThat(page.getModel().get("stylesheet")).isEqualTo("/css/query.css");
            }
        }
        assertThat(pages.of(HttpStatus.NOT_FOUND, null).getModel().get("title")).isEqualTo("Sidan finns inte");
        assertThat(pages.of(HttpStatus.INTERNAL_SERVER_ERROR, null).getModel().get("title")).isEqualTo("Något gick fel hos oss");
        assertThat(pages.of(HttpStatus.BAD_REQUEST, null).getModel().get("explanation").toString()).contains("ÅÅÅÅ-MM-DD");
    }
}
