package vn.lantoa.newsroom.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.InvalidInputException;

/** The editor form's save: an optional new cover image and the article, all or nothing. */
@Service
public class ArticleEditing {

    /** A cover image sent with the form. */
    public record Upload(String fileName, byte[] bytes) {}

    private final ArticleService articles;
    private final MediaService media;

    ArticleEditing(ArticleService articles, MediaService media) {
        this.articles = articles;
        this.media = media;
    }

    @Transactional
    public long create(long siteId, ArticleContent content, Upload cover, String clientKey, CurrentUser user) {
        return articles.create(siteId, withCover(siteId, content, cover, user), clientKey, user);
    }

    @Transactional
    public void update(long id, Integer version, ArticleContent content, Upload cover, CurrentUser user) {
        long siteId = articles.get(id).siteId();
        articles.update(id, version, withCover(siteId, content, cover, user), user);
    }

    private ArticleContent withCover(long siteId, ArticleContent content, Upload cover, CurrentUser user) {
        if (cover == null || cover.bytes() == null || cover.bytes().length == 0) {
            return content;
        }
        if (ContentRules.text(content.coverAlt()) == null) {
            throw new InvalidInputException("newsroom.error.altRequired");
        }
        return content.withCover(media.upload(siteId, cover.fileName(), cover.bytes(), user));
    }
}
