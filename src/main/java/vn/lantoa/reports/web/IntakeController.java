package vn.lantoa.reports.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.reports.ReportIntake;

/** The public report form {@code /phan-anh}: no account needed, protected against floods. */
@Controller
class IntakeController {

    static final String FORM = "/phan-anh";
    static final String RECEIVED = "/phan-anh/da-gui";
    static final int MIN_CONTENT = 10;

    private final ReportIntake intake;
    private final ArticleCatalog articles;

    IntakeController(ReportIntake intake, ArticleCatalog articles) {
        this.intake = intake;
        this.articles = articles;
    }

    @GetMapping(FORM)
    String form(Model model) {
        model.addAttribute("page", new IntakePage(new IntakeForm("", "", "", ""), List.of(), intake.categories()));
        return "reports/intake";
    }

    @PostMapping(FORM)
    String submit(IntakeForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!intake.allow(request.getRemoteAddr())) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
        }
        if (form.website() != null && !form.website().isBlank()) {
            // A bot filled the hidden field: answer as if all went well, keep nothing.
            return "redirect:" + RECEIVED;
        }
        List<String> errors = validate(form);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("page", new IntakePage(form, errors, intake.categories()));
            return "reports/intake";
        }
        String code = intake.file(form.content(), form.link(), form.category());
        return "redirect:" + RECEIVED + "?ma=" + code;
    }

    @GetMapping(RECEIVED)
    String received(@RequestParam(name = "ma", required = false) String code, Model model) {
        if (code == null || code.isBlank()) {
            model.addAttribute("page", new ReceivedPage(null, List.of()));
            return "reports/received";
        }
        var matches = intake.matchesFor(code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<ReceivedPage.Match> views = matches.stream()
                .map(m -> {
                    var article = m.refutationArticleId() == null
                            ? java.util.Optional.<vn.lantoa.newsroom.PublishedArticle>empty()
                            : articles.findPublishedById(m.refutationArticleId());
                    return new ReceivedPage.Match(
                            m.statement(),
                            m.verdict().vafcLabel(),
                            article.map(a -> a.title()).orElse(null),
                            article.map(a -> "/bai-viet/" + a.slug()).orElse(null));
                })
                .toList();
        model.addAttribute("page", new ReceivedPage(code.strip().toUpperCase(Locale.ROOT), views));
        return "reports/received";
    }

    private List<String> validate(IntakeForm form) {
        List<String> errors = new ArrayList<>();
        String content = form.content() == null ? "" : form.content().strip();
        if (content.length() < MIN_CONTENT || content.length() > ReportIntake.MAX_CONTENT) {
            errors.add("reports.intake.error.content");
        }
        String link = form.link() == null ? "" : form.link().strip();
        if (!link.isEmpty() && !validLink(link)) {
            errors.add("reports.intake.error.link");
        }
        return errors;
    }

    private static boolean validLink(String link) {
        if (link.length() > ReportIntake.MAX_LINK) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
