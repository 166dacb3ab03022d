package vn.lantoa.newsroom.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.internal.CategoryService;
import vn.lantoa.platform.ForbiddenException;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.platform.RefusedException;

/** Categories of the site: add, rename, move up and down. */
@Controller
@NewsroomStaff
class CategoryAdminController {

    private final CategoryService categories;
    private final ArticleCatalog catalog;
    private final MessageSource messages;

    CategoryAdminController(CategoryService categories, ArticleCatalog catalog, MessageSource messages) {
        this.categories = categories;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping(NewsroomRoutes.CATEGORIES)
    String list(HttpServletRequest request, Model model) {
        model.addAttribute(
                "page",
                new CategoriesPage(categories.list(siteId(request)), (String) model.getAttribute("error"), (String)
                        model.getAttribute("notice")));
        return "newsroom/categories";
    }

    @PostMapping(NewsroomRoutes.CATEGORIES)
    String create(
            @RequestParam(defaultValue = "") String name, HttpServletRequest request, RedirectAttributes r, Locale l) {
        return run(r, l, () -> categories.create(siteId(request), name, ArticleAdminController.user()));
    }

    @PostMapping(NewsroomRoutes.CATEGORY)
    String rename(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String name,
            HttpServletRequest request,
            RedirectAttributes r,
            Locale l) {
        return run(r, l, () -> categories.rename(siteId(request), id, name, ArticleAdminController.user()));
    }

    @PostMapping(NewsroomRoutes.CATEGORY_MOVE)
    String move(
            @PathVariable long id,
            @PathVariable String direction,
            HttpServletRequest request,
            RedirectAttributes r,
            Locale l) {
        return run(
                r,
                l,
                () -> categories.move(siteId(request), id, direction.equals("len"), ArticleAdminController.user()));
    }

    private String run(RedirectAttributes redirect, Locale locale, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.getMessage("newsroom.saved", null, locale));
        } catch (NotFoundException | ForbiddenException e) {
            throw e; // the error page, not a message on this one
        } catch (RefusedException e) {
            redirect.addFlashAttribute("error", e.message(messages, locale));
        }
        return "redirect:" + NewsroomRoutes.CATEGORIES;
    }

    private long siteId(HttpServletRequest request) {
        return catalog.siteForHost(request.getServerName())
                .orElseThrow(() -> new NotFoundException())
                .id();
    }
}
