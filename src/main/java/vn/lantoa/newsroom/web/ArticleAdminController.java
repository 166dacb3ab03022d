package vn.lantoa.newsroom.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.internal.Article;
import vn.lantoa.newsroom.internal.ArticleContent;
import vn.lantoa.newsroom.internal.ArticleEditing;
import vn.lantoa.newsroom.internal.ArticleQueries;
import vn.lantoa.newsroom.internal.ArticleRepository;
import vn.lantoa.newsroom.internal.ArticleService;
import vn.lantoa.newsroom.internal.ArticleStatus;
import vn.lantoa.newsroom.internal.MediaService;
import vn.lantoa.newsroom.internal.WorkflowAction;
import vn.lantoa.platform.ConflictException;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.ForbiddenException;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.platform.NotSignedInException;
import vn.lantoa.platform.RefusedException;

/** The newsroom's article pages: list, editor form, workflow buttons, revisions. */
@Controller
@NewsroomStaff
class ArticleAdminController {

    private static final String EDIT_VIEW = "newsroom/edit";

    private final ArticleService articles;
    private final ArticleEditing editing;
    private final ArticleQueries queries;
    private final ArticleRepository repository;
    private final ArticleCatalog catalog;
    private final MediaService media;
    private final MessageSource messages;
    private final java.time.Clock clock;
    private final vn.lantoa.newsroom.internal.Autosaves autosaves;

    ArticleAdminController(
            ArticleService articles,
            ArticleEditing editing,
            ArticleQueries queries,
            ArticleRepository repository,
            ArticleCatalog catalog,
            MediaService media,
            MessageSource messages,
            java.time.Clock clock,
            vn.lantoa.newsroom.internal.Autosaves autosaves) {
        this.articles = articles;
        this.editing = editing;
        this.queries = queries;
        this.repository = repository;
        this.catalog = catalog;
        this.media = media;
        this.messages = messages;
        this.clock = clock;
        this.autosaves = autosaves;
    }

    @GetMapping(NewsroomRoutes.ARTICLES)
    String list(@RequestParam(name = "trang-thai", required = false) String status, Model model) {
        ArticleStatus filter = Arrays.stream(ArticleStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(status))
                .findFirst()
                .orElse(null);
        model.addAttribute(
                "page",
                new ArticleListPage(
                        queries.list(filter, 200),
                        filter == null ? "" : filter.name(),
                        List.of(ArticleStatus.values()),
                        queries.missedSchedules(clock.instant())));
        return "newsroom/articles";
    }

    @GetMapping(NewsroomRoutes.NEW_ARTICLE)
    String newArticle(HttpServletRequest request, Model model) {
        model.addAttribute(
                "page", page(null, ArticleForm.empty(UUID.randomUUID().toString()), siteId(request), null, null));
        return EDIT_VIEW;
    }

    @InitBinder(ArticleForm.CONTENT)
    void bindsContent(WebDataBinder binder) {
        ArticleForm.bindsContent(binder);
    }

    @PostMapping(NewsroomRoutes.ARTICLES)
    String create(
            @ModelAttribute(ArticleForm.CONTENT) ArticleContent content,
            BindingResult binding,
            @RequestParam(name = "clientKey", required = false) String clientKey,
            @RequestParam(name = "cover", required = false) MultipartFile cover,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        long siteId = siteId(request);
        ArticleForm form = new ArticleForm(content, null, clientKey);
        try {
            ArticleContent checked = ArticleForm.content(content, binding).withCover(null);
            long id = editing.create(siteId, checked, upload(cover), clientKey, user());
            autosaves.discard("new", user());
            return "redirect:" + NewsroomRoutes.article(id) + "?luu";
        } catch (RefusedException e) {
            response.setStatus(e.status());
            model.addAttribute("page", page(null, form, siteId, e.message(messages, locale), null));
            return EDIT_VIEW;
        }
    }

    @GetMapping(NewsroomRoutes.ARTICLE)
    String edit(
            @PathVariable long id,
            @RequestParam(name = "luu", required = false) String saved,
            Model model,
            Locale locale) {
        Article a = find(id);
        String notice = saved == null
                ? (String) model.getAttribute("notice")
                : messages.getMessage("newsroom.saved", null, locale);
        model.addAttribute(
                "page", page(a, ArticleForm.of(a), a.siteId(), (String) model.getAttribute("error"), notice));
        return EDIT_VIEW;
    }

    @PostMapping(NewsroomRoutes.ARTICLE)
    String update(
            @PathVariable long id,
            @ModelAttribute(ArticleForm.CONTENT) ArticleContent content,
            BindingResult binding,
            @RequestParam(name = "version", required = false) Integer version,
            @RequestParam(name = "removeCover", defaultValue = "false") boolean removeCover,
            @RequestParam(name = "cover", required = false) MultipartFile cover,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        Article a = find(id);
        ArticleForm form = new ArticleForm(content, version, null);
        try {
            // The cover stays unless the form removes it (a new upload replaces it in the service).
            ArticleContent checked = ArticleForm.content(content, binding)
                    .withCover(removeCover ? null : a.content().coverMediaId());
            editing.update(id, version, checked, upload(cover), user());
            autosaves.discard("a" + id, user());
            return "redirect:" + NewsroomRoutes.article(id) + "?luu";
        } catch (RefusedException e) {
            response.setStatus(e.status());
            if (e instanceof ConflictException) {
                Article now = find(id);
                model.addAttribute("page", conflictPage(now, form, locale));
                return EDIT_VIEW;
            }
            model.addAttribute("page", page(a, form, a.siteId(), e.message(messages, locale), null));
            return EDIT_VIEW;
        }
    }

    @PostMapping(NewsroomRoutes.TRANSITION)
    String transition(
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(name = "comment", required = false) String comment,
            @RequestParam(name = "publishAt", required = false) String publishAt,
            RedirectAttributes redirect,
            Locale locale) {
        WorkflowAction act = WorkflowAction.fromCode(action).orElseThrow(() -> new NotFoundException());
        try {
            articles.transition(id, act, comment, ArticleForm.instant(publishAt), user());
            redirect.addFlashAttribute("notice", messages.getMessage("newsroom.done." + act.code(), null, locale));
        } catch (NotFoundException | ForbiddenException e) {
            throw e; // the error page, not a message on this one
        } catch (RefusedException e) {
            redirect.addFlashAttribute("error", e.message(messages, locale));
        }
        return "redirect:" + NewsroomRoutes.article(id);
    }

    @PostMapping(NewsroomRoutes.RESTORE)
    String restore(@PathVariable long id, @PathVariable int number, RedirectAttributes redirect, Locale locale) {
        try {
            articles.restore(id, number, user());
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("newsroom.restored", new Object[] {number}, locale));
        } catch (NotFoundException | ForbiddenException e) {
            throw e; // the error page, not a message on this one
        } catch (RefusedException e) {
            redirect.addFlashAttribute("error", e.message(messages, locale));
        }
        return "redirect:" + NewsroomRoutes.article(id);
    }

    /**
     * The form again after a refused save: the editor's own text stays in it, the version becomes the
     * one now stored (so saving again is a deliberate choice to keep this text), and the differences
     * from what the other person saved are shown.
     */
    private ArticleEditPage conflictPage(Article now, ArticleForm mine, Locale locale) {
        var latest = repository.revisions(now.id()).getFirst();
        var conflict = new ArticleEditPage.Conflict(
                latest.savedBy(),
                latest.savedAt(),
                latest.number(),
                vn.lantoa.newsroom.internal.TextDiff.diff(
                        lines(now.content().title()), lines(mine.content().title())),
                vn.lantoa.newsroom.internal.TextDiff.diff(
                        vn.lantoa.newsroom.internal.TextDiff.htmlLines(
                                now.content().bodyHtml()),
                        vn.lantoa.newsroom.internal.TextDiff.htmlLines(vn.lantoa.newsroom.internal.HtmlSanitizer.clean(
                                mine.content().bodyHtml()))));
        ArticleForm form = mine.withVersion(now.version());
        String error = messages.getMessage(
                "newsroom.conflict.message",
                new Object[] {latest.savedBy(), vn.lantoa.platform.Zone.DATE_TIME.format(latest.savedAt())},
                locale);
        ArticleEditPage base = page(now, form, now.siteId(), error, null);
        return new ArticleEditPage(
                base.id(),
                base.form(),
                base.slug(),
                base.status(),
                base.scheduledAt(),
                base.publishedAt(),
                base.coverMediaId(),
                base.categories(),
                base.actions(),
                base.transitions(),
                base.revisions(),
                base.error(),
                base.notice(),
                base.maxUploadMegabytes(),
                conflict,
                base.draftUser());
    }

    private static List<String> lines(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s);
    }

    private ArticleEditPage page(Article a, ArticleForm form, long siteId, String error, String notice) {
        Long id = a == null ? null : a.id();
        return new ArticleEditPage(
                id,
                form,
                a == null ? null : a.slug(),
                a == null ? null : a.status(),
                a == null ? null : a.scheduledAt(),
                a == null ? null : a.publishedAt(),
                a == null ? null : a.content().coverMediaId(),
                catalog.categories(siteId),
                a == null ? List.of() : actions(a.status()),
                id == null ? List.of() : repository.transitions(id),
                id == null ? List.of() : repository.revisions(id),
                error,
                notice,
                media.maxSize().toMegabytes(),
                null,
                user().id());
    }

    private static List<String> actions(ArticleStatus status) {
        List<WorkflowAction> possible = switch (status) {
            case DRAFT -> List.of(WorkflowAction.SUBMIT);
            case SUBMITTED -> List.of(WorkflowAction.APPROVE, WorkflowAction.RETURN);
            case APPROVED -> List.of(WorkflowAction.PUBLISH, WorkflowAction.SCHEDULE, WorkflowAction.RETURN);
            case PUBLISHED -> List.of(WorkflowAction.WITHDRAW);
        };
        CurrentUser user = user();
        return possible.stream()
                .filter(a -> a.allowedFor(user.roles()))
                .map(WorkflowAction::code)
                .toList();
    }

    private Article find(long id) {
        try {
            return articles.get(id);
        } catch (RefusedException e) {
            throw new NotFoundException();
        }
    }

    private long siteId(HttpServletRequest request) {
        return catalog.siteForHost(request.getServerName())
                .orElseThrow(() -> new NotFoundException())
                .id();
    }

    static ArticleEditing.Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new ArticleEditing.Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new InvalidInputException("newsroom.media.unreadable");
        }
    }

    static CurrentUser user() {
        return CurrentUser.get().orElseThrow(() -> new NotSignedInException());
    }
}
