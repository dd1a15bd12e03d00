package se.lofteskollen.platform.pages;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.InvalidCsrfTokenException;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorPagesTest {

    private final org.springframework.context.MessageSource messages = PageLanguage.messages();
    private final ErrorPages pages = new ErrorPages("/css/query.css", "/", messages);

    private String said(String key) {
        return messages.getMessage(key, null, PageLanguage.SWEDISH);
    }

    @Test
    void anExpiredFormIsToldApartFromARefusal() {
        var expired = ErrorPages.wording(HttpStatus.FORBIDDEN, new InvalidCsrfTokenException(
                new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "old"), "new"));
        var refused = ErrorPages.wording(HttpStatus.FORBIDDEN, new AccessDeniedException("not yours"));

        assertThat(said(expired.title())).isEqualTo("Formuläret har gått ut");
        assertThat(said(expired.explanation())).contains("Inget sparades").contains("ladda om sidan");
        assertThat(said(refused.title())).isEqualTo("Du har inte behörighet till den här sidan");
    }

    @Test
    void anEnglishReaderGetsTheErrorInEnglish() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(PageLanguage.ENGLISH);
        try {
            assertThat(pages.of(HttpStatus.NOT_FOUND, null).getModel().get("title")).isEqualTo("The page does not exist");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void everyStatusHasSwedishWordsAndTheServiceLook() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(PageLanguage.SWEDISH);
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
