package vn.lantoa.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.platform.web.UnreadNotices;

/** A member's notices in the member area: only their own, newest first, read or not. */
@Service
public class Inbox implements UnreadNotices {

    public static final int PAGE_SIZE = 20;

    /** One notice as the member sees it; {@code link} is safe to put in an {@code href}, or null. */
    public record Item(long id, String subject, String body, String link, Instant createdAt, boolean unread) {}

    public record Page(List<Item> items, long unread, int page, boolean hasMore) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public long unreadFor(CurrentUser user) {
        if (user.memberId() == null) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM ntf_notice WHERE member_id = ? AND read_at IS NULL")
                .param(user.memberId())
                .query(Long.class)
                .single();
    }

    /** Page {@code page} (1-based) of the member's notices; a staff account without a member record has none. */
    @Transactional(readOnly = true)
    public Page page(CurrentUser user, int page) {
        int p = Math.max(1, Math.min(page, 10_000));
        if (user.memberId() == null) {
            return new Page(List.of(), 0, 1, false);
        }
        List<Item> items = jdbc.sql("""
                SELECT id, subject, body, link, created_at, read_at IS NULL AS unread FROM ntf_notice
                 WHERE member_id = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?""")
                .params(user.memberId(), PAGE_SIZE + 1, (p - 1) * PAGE_SIZE)
                .query((rs, n) -> new Item(
                        rs.getLong("id"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        NoticeLinks.safe(rs.getString("link")),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getBoolean("unread")))
                .list();
        boolean more = items.size() > PAGE_SIZE;
        return new Page(more ? items.subList(0, PAGE_SIZE) : items, unreadFor(user), p, more);
    }

    /** Marks one of the member's own notices read; another member's (or no) notice is a 404. */
    @Transactional
    public void markRead(CurrentUser user, long noticeId) {
        if (user.memberId() == null) {
            throw new NotFoundException();
        }
        boolean mine = jdbc.sql("SELECT EXISTS (SELECT 1 FROM ntf_notice WHERE id = ? AND member_id = ?)")
                .params(noticeId, user.memberId())
                .query(Boolean.class)
                .single();
        if (!mine) {
            throw new NotFoundException();
        }
        jdbc.sql("UPDATE ntf_notice SET read_at = ? WHERE id = ? AND member_id = ? AND read_at IS NULL")
                .params(OffsetDateTime.now(clock), noticeId, user.memberId())
                .update();
    }

    /** Marks all the member's notices read; returns how many were unread. */
    @Transactional
    public int markAllRead(CurrentUser user) {
        if (user.memberId() == null) {
            return 0;
        }
        return jdbc.sql("UPDATE ntf_notice SET read_at = ? WHERE member_id = ? AND read_at IS NULL")
                .params(OffsetDateTime.now(clock), user.memberId())
                .update();
    }
}
