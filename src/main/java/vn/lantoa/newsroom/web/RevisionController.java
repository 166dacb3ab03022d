package vn.lantoa.newsroom.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.newsroom.internal.ArticleRepository;
import vn.lantoa.newsroom.internal.ArticleRepository.Revision;
import vn.lantoa.newsroom.internal.TextDiff;
import vn.lantoa.platform.NotFoundException;

/** The difference between two revisions of an article. */
@Controller
@NewsroomStaff
class RevisionController {

    private final ArticleRepository articles;

    RevisionController(ArticleRepository articles) {
        this.articles = articles;
    }

    @GetMapping(NewsroomRoutes.REVISIONS)
    String diff(
            @PathVariable long id,
            @RequestParam(name = "tu", defaultValue = "1") String from,
            @RequestParam(name = "den", defaultValue = "0") String to,
            Model model) {
        var all = articles.revisions(id);
        if (all.isEmpty()) {
            throw new NotFoundException();
        }
        Revision newest = all.getFirst();
        Revision a = articles.revision(id, number(from, 1)).orElse(all.getLast());
        Revision b = articles.revision(id, number(to, newest.number())).orElse(newest);
        model.addAttribute(
                "page",
                new RevisionDiffPage(
                        id,
                        b.title(),
                        a.number(),
                        b.number(),
                        TextDiff.diff(lines(a.title()), lines(b.title())),
                        TextDiff.diff(lines(a.summary()), lines(b.summary())),
                        TextDiff.diff(TextDiff.htmlLines(a.bodyHtml()), TextDiff.htmlLines(b.bodyHtml()))));
        return "newsroom/diff";
    }

    private static java.util.List<String> lines(String s) {
        return s == null || s.isBlank() ? java.util.List.of() : java.util.List.of(s);
    }

    private static int number(String raw, int fallback) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
