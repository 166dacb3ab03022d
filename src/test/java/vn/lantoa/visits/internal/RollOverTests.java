package vn.lantoa.visits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Zone;

/**
 * Today and this week roll over at midnight and Monday 00:00 in Vietnam (17:00 UTC the day
 * before). The counter runs here on a clock the test moves, in 2001, far from the real rows.
 */
@LanToaIntegrationTest
class RollOverTests {

    /** Sunday 7 January 2001; the week began on Monday 1 January. */
    static final LocalDate SUNDAY = LocalDate.of(2001, 1, 7);

    @Autowired
    VisitStore store;

    @Autowired
    VisitQueries queries;

    @Autowired
    VisitsProperties properties;

    @Autowired
    JdbcClient jdbc;

    final MovableClock clock = new MovableClock();
    VisitBuffer buffer;
    VisitorIdentity identity;
    VisitFlusher flusher;

    @org.junit.jupiter.api.BeforeEach
    void counterOnTheMovableClock() {
        buffer = new VisitBuffer(properties.visitGap(), properties.lastSeenHold());
        DayKeys keys = new DayKeys(store);
        identity = new VisitorIdentity(keys, false);
        flusher = new VisitFlusher(buffer, store, keys, clock, properties);
    }

    @AfterEach
    void forgetTheYear2001() {
        jdbc.sql("DELETE FROM visits_day WHERE day < '2002-01-01'").update();
        jdbc.sql("DELETE FROM visits_page_day WHERE day < '2002-01-01'").update();
        jdbc.sql("DELETE FROM visits_visitor WHERE last_seen < '2002-01-01'").update();
        jdbc.sql("DELETE FROM visits_day_key WHERE day < '2002-01-01'").update();
    }

    void view(String reader, LocalDateTime localTime) {
        clock.set(localTime.atZone(Zone.VIETNAM).toInstant());
        LocalDate day = LocalDate.ofInstant(clock.instant(), Zone.VIETNAM);
        buffer.record(identity.hash(day, "192.0.2.1", reader), "/", clock.instant(), day);
    }

    VisitFigures figuresAt(LocalDateTime localTime) {
        flusher.flush();
        return queries.figures(localTime.atZone(Zone.VIETNAM).toInstant(), properties.onlineWindow());
    }

    @Test
    void todayStartsAtVietnameseMidnightAndTheWeekOnMonday() {
        view("a", SUNDAY.atTime(23, 50));
        view("b", SUNDAY.atTime(23, 59, 59, 999_000_000));
        VisitFigures sundayNight = figuresAt(SUNDAY.atTime(23, 59, 59, 999_000_000));
        assertThat(sundayNight.today()).isEqualTo(2);
        assertThat(sundayNight.week()).isEqualTo(2);
        assertThat(sundayNight.pageViewsToday()).isEqualTo(2);

        VisitFigures mondayMidnight = figuresAt(SUNDAY.plusDays(1).atStartOfDay());
        assertThat(mondayMidnight.today()).isZero();
        assertThat(mondayMidnight.week()).isZero();
        assertThat(mondayMidnight.online())
                .as("only b was seen in the last five minutes")
                .isEqualTo(1);

        view("a", SUNDAY.plusDays(1).atStartOfDay());
        view("c", SUNDAY.plusDays(1).atTime(0, 1));
        VisitFigures monday = figuresAt(SUNDAY.plusDays(1).atTime(0, 2));
        assertThat(monday.today()).isEqualTo(2);
        assertThat(monday.week()).isEqualTo(2);

        view("d", SUNDAY.plusDays(2).atTime(9, 0));
        VisitFigures tuesday = figuresAt(SUNDAY.plusDays(2).atTime(9, 0));
        assertThat(tuesday.today()).isEqualTo(1);
        assertThat(tuesday.week()).isEqualTo(3);
        assertThat(queries.daily(SUNDAY, SUNDAY.plusDays(2)))
                .extracting(VisitQueries.DailyRow::visits)
                .containsExactly(2L, 2L, 1L);
    }

    @Test
    void aVisitEndsAfterThirtyMinutesOfSilenceAndOnlineAfterFive() {
        LocalDate wednesday = SUNDAY.plusDays(3);
        view("e", wednesday.atTime(10, 0));
        flusher.flush();
        view("e", wednesday.atTime(10, 20));
        flusher.flush();
        view("e", wednesday.atTime(10, 49, 59));
        assertThat(figuresAt(wednesday.atTime(10, 50)).today())
                .as("silent 29:59")
                .isEqualTo(1);
        view("e", wednesday.atTime(11, 20));
        VisitFigures after = figuresAt(wednesday.atTime(11, 24, 59));
        assertThat(after.today()).as("silent 30:01").isEqualTo(2);
        assertThat(after.pageViewsToday()).isEqualTo(4);
        assertThat(after.online()).isEqualTo(1);
        assertThat(figuresAt(wednesday.atTime(11, 25, 1)).online()).isZero();
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {

        private volatile Instant now = Instant.parse("2001-01-01T00:00:00Z");

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return Zone.VIETNAM;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
