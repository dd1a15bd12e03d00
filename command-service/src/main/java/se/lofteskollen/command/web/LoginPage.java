package se.lofteskollen.command.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Swedish login page of the report form; Spring Security's form login handles what it posts. */
@Controller
class LoginPage {

    private final boolean formLogin;

    LoginPage(ObjectProvider<UserDetailsService> localUsers) {
        this.formLogin = localUsers.getIfAvailable() != null;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("formLogin", formLogin);
        return "command/pages/login";
    }
}
