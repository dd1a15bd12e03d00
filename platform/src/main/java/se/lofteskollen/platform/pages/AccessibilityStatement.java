package se.lofteskollen.platform.pages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement (tillgänglighetsredogörelse) that lag (2018:1937) asks of a public body's digital
 * service, at {@code /tillganglighet} on every service with pages, open to anyone and linked from each page's
 * footer. One text for both services; each names its stylesheet and its start page.
 */
@Controller
@BrowserPage
public class AccessibilityStatement {

    public static final String PATH = "/tillganglighet";

    private final String stylesheet;
    private final String home;
    private final String contact;

    AccessibilityStatement(@Value("${lofteskollen.pages.stylesheet}") String stylesheet,
                           @Value("${lofteskollen.pages.home:/}") String home,
                           @Value("${lofteskollen.accessibility.contact:}") String contact) {
        this.stylesheet = stylesheet;
        this.home = home;
        this.contact = contact;
    }

    @GetMapping(PATH)
    String statement(Model model) {
        model.addAttribute("stylesheet", stylesheet);
        model.addAttribute("home", home);
        model.addAttribute("contact", contact.isBlank() ? null : contact);
        return "platform/tillganglighet";
    }
}
