package vn.lantoa.notifications.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import vn.lantoa.platform.Zone;

/**
 * Hours in Asia/Ho_Chi_Minh during which a member is not disturbed by non-urgent notices; when
 * {@code from} is after {@code until} they span midnight (21:00–06:00).
 */
public record QuietHours(LocalTime from, LocalTime until) {

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (from.equals(until)) {
            throw new IllegalArgumentException("quiet hours must not start and end at the same time");
        }
    }

    /** When a non-urgent message may go out: {@code now}, or the end of the quiet hours {@code now} is in. */
    public Instant release(Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, Zone.VIETNAM);
        LocalTime t = local.toLocalTime();
        LocalDateTime end;
        if (from.isBefore(until)) {
            end = !t.isBefore(from) && t.isBefore(until) ? local.toLocalDate().atTime(until) : null;
        } else if (!t.isBefore(from)) {
            end = local.toLocalDate().plusDays(1).atTime(until);
        } else {
            end = t.isBefore(until) ? local.toLocalDate().atTime(until) : null;
        }
        return end == null ? now : end.atZone(Zone.VIETNAM).toInstant();
    }
}
