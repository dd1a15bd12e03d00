package se.lofteskollen.command.imports;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import se.lofteskollen.command.identity.CurrentIdentity;
import se.lofteskollen.command.rules.InvalidCommand;
import se.lofteskollen.command.rules.RefusalMessages;
import se.lofteskollen.command.web.CommandRequests;
import se.lofteskollen.platform.pages.BrowserPage;

import java.io.IOException;

/**
 * The import in the browser, beside the report form: choose a file, check it or import it, and see each row's
 * result by its line. The same import as {@code POST /api/imports}, as the signed-in user.
 */
@Controller
@BrowserPage
@RequestMapping("/report/import")
class ImportPageController {

    private static final String PAGE = "command/pages/import";

    private final Importing importing;
    private final CommandRequests commands;
    private final CurrentIdentity identity;
    private final MessageSource messages;
    private final RefusalMessages refusals;

    ImportPageController(Importing importing, CommandRequests commands, CurrentIdentity identity,
                         MessageSource messages, RefusalMessages refusals) {
        this.importing = importing;
        this.commands = commands;
        this.identity = identity;
        this.messages = messages;
        this.refusals = refusals;
    }

    @ModelAttribute("signedIn")
    String signedIn() {
        return identity.get().userName();
    }

    @ModelAttribute("columns")
    String columns() {
        return String.join(";", Importing.COLUMNS);
    }

    @GetMapping
    String page(HttpServletResponse response) {
        return mayReport(response) ? PAGE : "command/pages/not-reporter";
    }

    @PostMapping
    String upload(@RequestParam("file") MultipartFile file,
                  @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
                  @RequestParam(name = "partial", defaultValue = "false") boolean partial,
                  Model model, HttpServletResponse response) throws IOException {
        if (!mayReport(response)) {
            return "command/pages/not-reporter";
        }
        model.addAttribute("dryRun", dryRun);
        model.addAttribute("partial", partial);
        if (file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fileError", messages.getMessage("imports.noFile", null, LocaleContextHolder.getLocale()));
            return PAGE;
        }
        try {
            model.addAttribute("result", importing.run(file.getBytes(), dryRun, partial, commands.sending()));
        } catch (Importing.BadRows bad) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("result", bad.checked());
            model.addAttribute("nothingStored", true);
        } catch (InvalidCommand refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fileError", refusals.say(refused.refusal(), "import"));
        }
        return PAGE;
    }

    private boolean mayReport(HttpServletResponse response) {
        if (identity.get().member().reports()) {
            return true;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return false;
    }
}
