package vn.lantoa.platform.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

class LazyTouchSessionRepositoryTests {

    /** Counts the reads and writes that reach the store. */
    static class CountingStore extends MapSessionRepository {
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger writes = new AtomicInteger();

        CountingStore() {
            super(new HashMap<>());
            setDefaultMaxInactiveInterval(Duration.ofHours(8));
        }

        @Override
        public MapSession findById(String id) {
            reads.incrementAndGet();
            return super.findById(id);
        }

        @Override
        public void save(MapSession session) {
            writes.incrementAndGet();
            super.save(session);
        }
    }

    /** Counts the transactions the wrapper opens, and records whether the store was called inside one. */
    static final class CountingTransactions implements TransactionOperations {
        final AtomicInteger opened = new AtomicInteger();
        boolean inside;

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            opened.incrementAndGet();
            inside = true;
            try {
                return action.doInTransaction(new SimpleTransactionStatus());
            } finally {
                inside = false;
            }
        }
    }

    private final CountingTransactions transactions = new CountingTransactions();
    private final CountingStore store = new CountingStore() {
        @Override
        public void save(MapSession session) {
            assertThat(transactions.inside)
                    .as("a session is written inside a transaction")
                    .isTrue();
            super.save(session);
        }

        @Override
        public void deleteById(String id) {
            assertThat(transactions.inside)
                    .as("a session is deleted inside a transaction")
                    .isTrue();
            super.deleteById(id);
        }

        @Override
        public MapSession findById(String id) {
            assertThat(transactions.inside)
                    .as("a session is read without a transaction")
                    .isFalse();
            return super.findById(id);
        }
    };
    private final LazyTouchSessionRepository sessions =
            new LazyTouchSessionRepository(store, Duration.ofMinutes(1), true, transactions);

    /**
     * A last access a few minutes ago. The store (Spring's {@code MapSessionRepository}) drops a
     * session idle longer than its 8-hour life by the wall clock, so a fixed instant would expire.
     */
    private static Instant recently() {
        return Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private String storedSession(Instant lastAccess) {
        LazyTouchSessionRepository.Tracked created = sessions.createSession();
        created.setLastAccessedTime(lastAccess);
        created.setAttribute("user", "thanhvien");
        sessions.save(created);
        store.writes.set(0);
        return created.getId();
    }

    @Test
    void writesANewSession() {
        LazyTouchSessionRepository.Tracked created = sessions.createSession();
        sessions.save(created);

        assertThat(store.writes).hasValue(1);
        assertThat(transactions.opened).hasValue(1);
        assertThat(store.findById(created.getId())).isNotNull();
    }

    @Test
    void readsWithoutOpeningATransaction() {
        String id = storedSession(recently());
        transactions.opened.set(0);

        assertThat(sessions.findById(id)).isNotNull();

        assertThat(transactions.opened).hasValue(0);
    }

    @Test
    void doesNotWriteASessionOnlyTouchedWithinTheInterval() {
        Instant t = recently();
        String id = storedSession(t);

        LazyTouchSessionRepository.Tracked session = sessions.findById(id);
        session.setLastAccessedTime(t.plusSeconds(59));
        sessions.save(session);

        assertThat(store.writes).hasValue(0);
        assertThat(store.findById(id).getLastAccessedTime()).isEqualTo(t);
    }

    @Test
    void writesTheLastAccessOnceTheIntervalHasPassed() {
        Instant t = recently();
        String id = storedSession(t);

        LazyTouchSessionRepository.Tracked session = sessions.findById(id);
        session.setLastAccessedTime(t.plusSeconds(60));
        sessions.save(session);

        assertThat(store.writes).hasValue(1);
        assertThat(store.findById(id).getLastAccessedTime()).isEqualTo(t.plusSeconds(60));
    }

    @Test
    void writesAChangedAttributeAtOnce() {
        Instant t = recently();
        String id = storedSession(t);

        LazyTouchSessionRepository.Tracked session = sessions.findById(id);
        session.setLastAccessedTime(t.plusSeconds(1));
        session.setAttribute("twoFactor", "passed");
        sessions.save(session);

        assertThat(store.writes).hasValue(1);
        assertThat((String) store.findById(id).getAttribute("twoFactor")).isEqualTo("passed");
    }

    @Test
    void writesEverySaveWhenTheStoreWritesMoreThanSetAttributes() {
        LazyTouchSessionRepository always =
                new LazyTouchSessionRepository(store, Duration.ofMinutes(1), false, transactions);
        Instant t = recently();
        String id = storedSession(t);

        always.save(always.findById(id));

        assertThat(store.writes).hasValue(1);
    }

    @Test
    void touchesAShortLivedSessionAtATenthOfItsLife() {
        Instant t = Instant.now(); // the store drops a session idle longer than its life
        String id = storedSession(t);
        LazyTouchSessionRepository.Tracked session = sessions.findById(id);
        session.setMaxInactiveInterval(Duration.ofSeconds(100));
        sessions.save(session);
        store.writes.set(0);

        LazyTouchSessionRepository.Tracked again = sessions.findById(id);
        again.setLastAccessedTime(t.plusSeconds(10));
        sessions.save(again);

        assertThat(store.writes).hasValue(1);
    }

    @Test
    void deletesThroughTheStore() {
        String id = storedSession(recently());

        transactions.opened.set(0);
        sessions.deleteById(id);

        assertThat(transactions.opened).hasValue(1);
        assertThat(sessions.findById(id)).isNull();
    }

    @Test
    void readsASessionOncePerRequestAndAgainInTheNextRequest() throws Exception {
        String id = storedSession(recently());
        store.reads.set(0);
        SessionRequestScope scope = new SessionRequestScope();

        for (int request = 0; request < 2; request++) {
            scope.doFilter(
                    new org.springframework.mock.web.MockHttpServletRequest(),
                    new org.springframework.mock.web.MockHttpServletResponse(),
                    (req, res) -> {
                        LazyTouchSessionRepository.Tracked first = sessions.findById(id);
                        sessions.save(first);
                        assertThat(sessions.findById(id)).isSameAs(first);
                    });
        }

        assertThat(store.reads).hasValue(2);
    }
}
