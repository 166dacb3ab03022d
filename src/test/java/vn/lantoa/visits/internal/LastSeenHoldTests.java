package vn.lantoa.visits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Zone;

/**
 * A visitor's {@code last_seen} is written at most once per hold (a minute) instead of at every
 * flush; two nodes on one database, flushing every second of a clock the test moves (in 2004, far
 * from other rows), must still give exactly the visits and "online now" of the definition,
 * computed here from the list of page views alone.
 */
@LanToaIntegrationTest
class LastSeenHoldTests {

    static final Instant START =
            LocalDate.of(2004, 3, 1).atTime(8, 0).atZone(Zone.VIETNAM).toInstant();
    static final Duration HOLD = Duration.ofMinutes(1);

    @Autowired
    VisitStore store;

    @Autowired
    VisitQueries queries;

    @Autowired
    VisitsProperties properties;

    @Autowired
    JdbcClient jdbc;

    final String prefix = "hold-" + UUID.randomUUID() + "-";

    record View(Instant at, int node, String visitor) {}

    /** What two nodes wrote, and "online now" read from the database at the checked seconds. */
    record Outcome(long visits, long pageViews, long visitorWrites, Map<Instant, Long> online) {}

    @AfterEach
    void forgetTheYear2004() {
        jdbc.sql("DELETE FROM visits_visitor WHERE starts_with(visitor, ?)")
                .param(prefix)
                .update();
        jdbc.sql("DELETE FROM visits_day WHERE day BETWEEN '2004-01-01' AND '2004-12-31'")
                .update();
        jdbc.sql("DELETE FROM visits_page_day WHERE day BETWEEN '2004-01-01' AND '2004-12-31'")
                .update();
    }

    @Test
    void aReaderBackOnTheOtherNodeTwentyNineMinutesAfterAViewThatWaitedMakesNoNewVisit() {
        String reader = prefix + "a";
        List<View> views = List.of(
                new View(START.plusMillis(100), 0, reader), // written at once: a new visit
                new View(START.plusSeconds(20), 0, reader), // waits: written 20 s ago
                new View(START.plusSeconds(50), 0, reader), // waits, written at the first flush after 1 min
                new View(START.plusSeconds(50).plus(properties.visitGap()).minusSeconds(30), 1, reader));
        Instant onlineUntil = START.plusSeconds(50).plus(properties.onlineWindow());
        Outcome outcome = run(views, HOLD, List.of(onlineUntil.minusSeconds(1), onlineUntil.plusSeconds(1)));
        assertThat(outcome.visits())
                .as("silent 29:30 since the last view, 30:00 since the last write before it")
                .isEqualTo(1);
        assertThat(outcome.online())
                .containsEntry(onlineUntil.minusSeconds(1), 1L)
                .containsEntry(onlineUntil.plusSeconds(1), 0L);
        assertThat(outcome.visitorWrites()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void twoNodesGiveTheExactVisitsAndOnlineOfTheDefinitionWithFewerWrites(long seed) {
        List<View> views = scenario(seed);
        List<Instant> checks = checks(views, seed);
        Outcome held = run(views, HOLD, checks);
        assertThat(held.pageViews()).isEqualTo(views.size());
        assertThat(held.visits()).isEqualTo(visits(views));
        checks.forEach(
                at -> assertThat(held.online().get(at)).as("online at %s", at).isEqualTo(online(views, at)));
        forgetTheYear2004();
        Outcome eager = run(views, Duration.ZERO, List.of());
        assertThat(eager.visits())
                .as("the reference rule matches writing at every flush")
                .isEqualTo(held.visits());
        assertThat(held.visitorWrites()).isLessThan(eager.visitorWrites());
    }

    /**
     * Two nodes (buffers and flushers) on this database; every second both flush, in an order
     * that alternates, after the views of that second were counted on their node.
     */
    Outcome run(List<View> views, Duration hold, List<Instant> checks) {
        RollOverTests.MovableClock clock = new RollOverTests.MovableClock();
        List<VisitBuffer> buffers =
                List.of(new VisitBuffer(properties.visitGap(), hold), new VisitBuffer(properties.visitGap(), hold));
        List<VisitFlusher> flushers = buffers.stream()
                .map(b -> new VisitFlusher(b, store, new DayKeys(store), clock, properties))
                .toList();
        List<View> sorted =
                views.stream().sorted(Comparator.comparing(View::at)).toList();
        Set<Instant> checked = new HashSet<>(checks);
        Instant end = sorted.getLast().at().plus(properties.onlineWindow()).plusSeconds(5);
        long visits = 0;
        long pageViews = 0;
        long writes = 0;
        Map<Instant, Long> online = new HashMap<>();
        int next = 0;
        for (Instant second = START; !second.isAfter(end); second = second.plusSeconds(1)) {
            while (next < sorted.size() && sorted.get(next).at().isBefore(second)) {
                View v = sorted.get(next++);
                buffers.get(v.node()).record(v.visitor(), "/", v.at(), LocalDate.ofInstant(v.at(), Zone.VIETNAM));
            }
            clock.set(second);
            int first = (int) (second.getEpochSecond() % 2);
            for (int n : new int[] {first, 1 - first}) {
                VisitStore.Written w = flushers.get(n).flush();
                visits += w.visits();
                pageViews += w.pageViews();
                writes += w.lastSeen().size();
            }
            if (checked.contains(second)) {
                online.put(
                        second,
                        queries.figures(second, properties.onlineWindow()).online());
            }
        }
        return new Outcome(visits, pageViews, writes, online);
    }

    /** Readers in bursts of views seconds apart on either node, silences around the rules' bounds. */
    List<View> scenario(long seed) {
        Random random = new Random(seed);
        Duration gap = properties.visitGap();
        Duration window = properties.onlineWindow();
        Duration[] silences = {
            Duration.ofSeconds(10),
            Duration.ofSeconds(50),
            Duration.ofMinutes(2),
            window.minusSeconds(10),
            window.plusSeconds(10),
            gap.minusSeconds(40),
            gap.minusSeconds(5),
            gap.plusSeconds(5),
            gap.plusSeconds(40)
        };
        List<View> views = new ArrayList<>();
        int readers = 4 + random.nextInt(4);
        for (int r = 0; r < readers; r++) {
            String visitor = prefix + seed + "-" + r;
            Instant t = START.plusSeconds(random.nextInt(120)).plusMillis(1 + random.nextInt(998));
            int bursts = 2 + random.nextInt(3);
            for (int b = 0; b < bursts; b++) {
                int burst = 1 + random.nextInt(6);
                for (int i = 0; i < burst; i++) {
                    views.add(new View(t, random.nextInt(2), visitor));
                    t = t.plusSeconds(3 + random.nextInt(25)).plusMillis(random.nextInt(200));
                }
                t = t.plus(silences[random.nextInt(silences.length)]);
            }
        }
        return views;
    }

    /** Seconds just before and after each view leaves the online window, and a few others. */
    static List<Instant> checks(List<View> views, long seed) {
        Random random = new Random(seed);
        TreeSet<Instant> checks = new TreeSet<>();
        for (View v : views) {
            if (random.nextInt(3) == 0) {
                Instant leaves =
                        Instant.ofEpochSecond(v.at().plus(Duration.ofMinutes(5)).getEpochSecond());
                checks.add(leaves);
                checks.add(leaves.plusSeconds(1));
                checks.add(leaves.minusSeconds(30));
            }
        }
        return List.copyOf(checks);
    }

    /** The definition: a view after 30 minutes without a view of the same visitor on any node. */
    long visits(List<View> views) {
        Map<String, Instant> last = new HashMap<>();
        long visits = 0;
        for (View v : views.stream().sorted(Comparator.comparing(View::at)).toList()) {
            Instant before = last.put(v.visitor(), v.at());
            if (before == null || !v.at().isBefore(before.plus(properties.visitGap()))) {
                visits++;
            }
        }
        return visits;
    }

    /** The definition: visitors with a view in the five minutes up to {@code at}. */
    long online(List<View> views, Instant at) {
        return views.stream()
                .filter(v -> !v.at().isAfter(at) && v.at().isAfter(at.minus(properties.onlineWindow())))
                .map(View::visitor)
                .distinct()
                .count();
    }
}
