package vn.lantoa.newsroom.internal;

import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.lantoa.newsroom.MediaUrls;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.Role;

/**
 * Image uploads, kept in PostgreSQL as three JPEG variants: any node can serve any image and a
 * database backup includes the media. The original file is not kept (it may carry EXIF).
 */
@Service
public class MediaService {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataSize maxSize;

    MediaService(
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${lantoa.newsroom.media.max-size:10MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /** Stores an uploaded image; nothing is stored when it is refused. */
    @Transactional
    public long upload(long siteId, String fileName, byte[] bytes, CurrentUser user) {
        ArticleService.require(user, Role.EDITOR, Role.REVIEWER);
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("newsroom.media.empty");
        }
        if (bytes.length > maxSize.toBytes()) {
            throw new InvalidInputException("newsroom.media.tooLarge", maxSize.toMegabytes());
        }
        ImageVariants.Result r = ImageVariants.process(bytes);
        String name = ContentRules.text(fileName);
        long id = jdbc.sql("""
                INSERT INTO news_media (site_id, original_name, source_type, width, height, list_jpeg, article_jpeg,
                                        og_jpeg, uploaded_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        siteId,
                        name == null ? "" : name.length() > 200 ? name.substring(0, 200) : name,
                        r.sourceType(),
                        r.width(),
                        r.height(),
                        r.list(),
                        r.article(),
                        r.og(),
                        user.username(),
                        ArticleRepository.ts(clock.instant()))
                .query(Long.class)
                .single();
        events.publishEvent(AuditEvent.of("media.upload", "media", id, name));
        return id;
    }

    /** One image of the library, as the editor's picker lists it. */
    public record MediaItem(long id, String name, int width, int height) {}

    /** The site's most recent images, newest first, for the editor's picker. */
    public java.util.List<MediaItem> recent(long siteId, int limit) {
        return jdbc.sql("""
                SELECT id, original_name, width, height FROM news_media
                 WHERE site_id = ? ORDER BY created_at DESC, id DESC LIMIT ?""")
                .params(siteId, limit)
                .query((rs, n) -> new MediaItem(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /** The JPEG bytes of one variant. */
    public Optional<byte[]> variant(long id, MediaUrls.Variant variant) {
        String column = switch (variant) {
            case LIST -> "list_jpeg";
            case ARTICLE -> "article_jpeg";
            case OG -> "og_jpeg";
        };
        return jdbc.sql("SELECT " + column + " FROM news_media WHERE id = ?")
                .param(id)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }
}
