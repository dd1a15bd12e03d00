package se.lofteskollen.platform.pages;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;
import se.lofteskollen.platform.testing.MessageBundles;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PageLanguageTest {

    private final LocaleResolver resolver = PageLanguage.resolver();

    @Test
    void aPageIsSwedishUnlessEnglishIsAskedFor() {
        assertThat(resolver.resolveLocale(new MockHttpServletRequest())).isEqualTo(PageLanguage.SWEDISH);
        assertThat(resolver.resolveLocale(browser("de-DE,fr;q=0.8"))).isEqualTo(PageLanguage.SWEDISH);
        assertThat(resolver.resolveLocale(browser("en-GB,en;q=0.9"))).isEqualTo(PageLanguage.ENGLISH);
        assertThat(resolver.resolveLocale(browser("de,en;q=0.5,sv;q=0.4"))).isEqualTo(PageLanguage.ENGLISH);
        assertThat(resolver.resolveLocale(browser("sv-SE,en;q=0.5"))).isEqualTo(PageLanguage.SWEDISH);
    }

    @Test
    void aChosenLanguageIsRememberedOverTheBrowsersAndOnlyTheTwoAreRemembered() {
        MockHttpServletResponse chose = new MockHttpServletResponse();
        resolver.setLocale(browser("sv"), chose, Locale.forLanguageTag("en-US"));
        Cookie remembered = chose.getCookie(PageLanguage.COOKIE);
        assertThat(remembered.getValue()).isEqualTo("en");
        assertThat(remembered.isHttpOnly()).isTrue();

        MockHttpServletRequest later = browser("sv-SE");
        later.setCookies(remembered);
        assertThat(resolver.resolveLocale(later)).isEqualTo(PageLanguage.ENGLISH);

        MockHttpServletResponse choseGerman = new MockHttpServletResponse();
        resolver.setLocale(browser("en"), choseGerman, Locale.GERMAN);
        assertThat(choseGerman.getCookie(PageLanguage.COOKIE).getValue()).isEqualTo("sv");
    }

    @Test
    void theSwitchKeepsWhatThePageShowsAndSetsOnlyTheLanguage() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(PageLanguage.SWEDISH);
        var toEnglish = LanguageSwitch.to("/dashboard/vastervik-2025", "asOf=2025-06-30&lang=sv&q=%C3%A5r");
        assertThat(toEnglish.href()).isEqualTo("/dashboard/vastervik-2025?asOf=2025-06-30&q=%C3%A5r&lang=en");
        assertThat(toEnglish.label()).isEqualTo("English");
        assertThat(toEnglish.lang()).isEqualTo("en");
        assertThat(LanguageSwitch.to("/", null).href()).isEqualTo("/?lang=en");
        assertThat(LanguageSwitch.to("/report", "utkast=abc").href()).as("a kept draft is shown once")
                .isEqualTo("/report?lang=en");

        org.springframework.context.i18n.LocaleContextHolder.setLocale(PageLanguage.ENGLISH);
        var toSwedish = LanguageSwitch.to("/", "lang=en");
        org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        assertThat(toSwedish).isEqualTo(new LanguageSwitch.Link("/?lang=sv", "Svenska", "sv"));
    }

    @Test
    void everyBundleSaysEveryKeyInBothLanguages() throws Exception {
        MessageBundles.assertBothLanguagesSayEverything();
        assertThat(PageLanguage.basenames()).contains("messages/platform");
    }

    private static MockHttpServletRequest browser(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", acceptLanguage);
        return request;
    }
}
