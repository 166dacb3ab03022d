package vn.lantoa.newsroom.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.VietnameseText;

/**
 * The editor's autosaved drafts: the text as it was a few seconds ago, per user and article, kept
 * on the server so that a closed tab or an expired session does not lose it. Offered back by the
 * editor, never applied by itself.
 */
@Service
public class Autosaves {

    /** One autosaved draft; the body is already sanitised. */
    public record Draft(String key, String title, String summary, String bodyHtml, Instant savedAt) {}

    private static final Pattern KEY = Pattern.compile("new|a\\d{1,18}");
    private static final int MAX = ContentRules.MAX_BODY;

    private final JdbcClient jdbc;
    private final Clock clock;

    Autosaves(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps the draft, replacing the user's previous one for the same key; answers when it was saved. */
    public Instant save(String key, String title, String summary, String bodyHtml, CurrentUser user) {
        ArticleService.require(user, Role.EDITOR, Role.REVIEWER);
        requireKey(key);
        if (length(title) + length(summary) + length(bodyHtml) > MAX) {
            throw new InvalidInputException("newsroom.error.tooLong", "newsroom.field.body", MAX);
        }
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO news_autosave (username, draft_key, title, summary, body_html, saved_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (username, draft_key) DO UPDATE
                   SET title = EXCLUDED.title, summary = EXCLUDED.summary, body_html = EXCLUDED.body_html,
                       saved_at = EXCLUDED.saved_at""")
                .params(
                        user.username(),
                        key,
                        nfc(title),
                        nfc(summary),
                        HtmlSanitizer.clean(VietnameseText.nfc(bodyHtml)),
                        ArticleRepository.ts(now))
                .update();
        return now;
    }

    public Optional<Draft> find(String key, CurrentUser user) {
        requireKey(key);
        return jdbc.sql("""
                SELECT draft_key, title, summary, body_html, saved_at FROM news_autosave
                 WHERE username = ? AND draft_key = ?""")
                .params(user.username(), key)
                .query((rs, n) -> new Draft(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .optional();
    }

    public void discard(String key, CurrentUser user) {
        if (key != null && KEY.matcher(key).matches()) {
            jdbc.sql("DELETE FROM news_autosave WHERE username = ? AND draft_key = ?")
                    .params(user.username(), key)
                    .update();
        }
    }

    private static void requireKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidInputException("newsroom.autosave.badKey");
        }
    }

    private static String nfc(String s) {
        return s == null ? "" : VietnameseText.nfc(s);
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
