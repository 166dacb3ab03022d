package vn.lantoa.newsroom.web;

import java.time.Instant;
import java.util.List;
import vn.lantoa.newsroom.Category;
import vn.lantoa.newsroom.MediaUrls;
import vn.lantoa.newsroom.internal.ArticleRepository;
import vn.lantoa.newsroom.internal.ArticleStatus;

/**
 * View model of {@code newsroom/edit.jte}; {@code id} is null for a new article.
 *
 * @param actions the workflow buttons this user may press now (codes of {@code WorkflowAction})
 * @param draftUser whose drafts this browser keeps for this form: the signed-in user's id, so that on
 *     a shared computer one person is never offered another's draft (nothing secret: it is only a key)
 */
public record ArticleEditPage(
        Long id,
        ArticleForm form,
        String slug,
        ArticleStatus status,
        Instant scheduledAt,
        Instant publishedAt,
        Long coverMediaId,
        List<Category> categories,
        List<String> actions,
        List<ArticleRepository.TransitionRow> transitions,
        List<ArticleRepository.Revision> revisions,
        String error,
        String notice,
        long maxUploadMegabytes,
        Conflict conflict,
        long draftUser) {

    /**
     * A save refused because somebody saved the article after this editor opened it: who, when, and
     * what differs between their text (now stored) and the one in the form (kept for this editor).
     */
    public record Conflict(
            String savedBy,
            Instant savedAt,
            int number,
            List<vn.lantoa.newsroom.internal.TextDiff.Line> titleDiff,
            List<vn.lantoa.newsroom.internal.TextDiff.Line> bodyDiff) {}

    /** The autosave key of this form: the article's, or the user's one unsaved new article. */
    public String draftKey() {
        return id == null ? "new" : "a" + id;
    }

    public String coverUrl() {
        return coverMediaId == null ? null : MediaUrls.of(coverMediaId, MediaUrls.Variant.LIST);
    }

    public String formAction() {
        return id == null ? NewsroomRoutes.ARTICLES : NewsroomRoutes.article(id);
    }
}
