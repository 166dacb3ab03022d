package vn.lantoa.platform.internal.session;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The JDBC session store without a database write on every request. Spring Session sets the
 * last-access time on each request, which makes the session "changed" and costs an UPDATE and a
 * durable commit before the response goes out (and it reads the session a second time after
 * saving it). Here a session is written only when something in it changed, or when its
 * last-access time is older than {@link #touchEvery}, so an idle session still expires on time
 * (at most that much early). Within one request ({@link SessionRequestScope}) a session read twice
 * is read once. Everything stays in PostgreSQL, so any node still serves any user.
 *
 * <p>The store itself runs without transactions of its own ({@link SessionConfiguration}): a read
 * is one {@code SELECT}, which needs no {@code BEGIN}/{@code COMMIT} around it. Writes, which can
 * be several statements (the session row and its attributes), go through {@code writes}, a
 * transaction of their own, so a session is stored whole or not at all.
 */
final class LazyTouchSessionRepository implements FindByIndexNameSessionRepository<LazyTouchSessionRepository.Tracked> {

    private final SessionRepository<Session> delegate;
    private final Duration touchEvery;
    private final boolean savesOnlySetAttributes;
    private final TransactionOperations writes;

    /**
     * @param writes the transaction every write to the store runs in
     * @param savesOnlySetAttributes true when the store writes only attributes that were set
     *     (Spring Session's default {@code SaveMode.ON_SET_ATTRIBUTE}); only then may a session
     *     without changes skip its save
     */
    @SuppressWarnings("unchecked")
    LazyTouchSessionRepository(
            SessionRepository<? extends Session> delegate,
            Duration touchEvery,
            boolean savesOnlySetAttributes,
            TransactionOperations writes) {
        this.delegate = (SessionRepository<Session>) delegate;
        this.writes = writes;
        this.touchEvery = touchEvery;
        this.savesOnlySetAttributes = savesOnlySetAttributes;
    }

    @Override
    public Tracked createSession() {
        return new Tracked(delegate.createSession(), null);
    }

    @Override
    public void save(Tracked session) {
        if (session.dirty || !savesOnlySetAttributes) {
            writes.executeWithoutResult(status -> delegate.save(session.inner));
            session.saved();
        }
        SessionRequestScope.remember(session.getId(), session);
    }

    @Override
    public Tracked findById(String id) {
        Session known = SessionRequestScope.recall(id);
        if (known instanceof Tracked tracked) {
            return tracked;
        }
        Session found = delegate.findById(id);
        if (found == null) {
            return null;
        }
        Tracked tracked = new Tracked(found, found.getLastAccessedTime());
        SessionRequestScope.remember(id, tracked);
        return tracked;
    }

    @Override
    public void deleteById(String id) {
        SessionRequestScope.forget(id);
        writes.executeWithoutResult(status -> delegate.deleteById(id));
    }

    @Override
    public Map<String, Tracked> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        if (!(delegate instanceof FindByIndexNameSessionRepository<?> indexed)) {
            return Map.of();
        }
        Map<String, Tracked> result = new LinkedHashMap<>();
        indexed.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, s) -> result.put(id, new Tracked(s, s.getLastAccessedTime())));
        return result;
    }

    /** A stored session that remembers whether it needs writing. */
    final class Tracked implements Session {

        private final Session inner;
        private Instant storedAccess;
        private boolean dirty;

        private Tracked(Session inner, Instant storedAccess) {
            this.inner = inner;
            this.storedAccess = storedAccess;
            this.dirty = storedAccess == null; // a new session is always written
        }

        private void saved() {
            storedAccess = inner.getLastAccessedTime();
            dirty = false;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (storedAccess == null
                    || !lastAccessedTime.isBefore(storedAccess.plus(touchInterval(inner.getMaxInactiveInterval())))) {
                inner.setLastAccessedTime(lastAccessedTime);
                dirty = true;
            }
        }

        private Duration touchInterval(Duration maxInactive) {
            // A short-lived session (tests, a tight timeout) is touched more often: a tenth of its life.
            Duration tenth = maxInactive.isNegative() || maxInactive.isZero() ? touchEvery : maxInactive.dividedBy(10);
            return tenth.compareTo(touchEvery) < 0 ? tenth : touchEvery;
        }

        @Override
        public String getId() {
            return inner.getId();
        }

        @Override
        public String changeSessionId() {
            String old = inner.getId();
            String id = inner.changeSessionId();
            SessionRequestScope.forget(old);
            dirty = true;
            return id;
        }

        @Override
        public <T> T getAttribute(String name) {
            return DecodedAttributes.asSession(inner.getId(), () -> inner.getAttribute(name));
        }

        @Override
        public Set<String> getAttributeNames() {
            return inner.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            inner.setAttribute(name, value);
            dirty = true;
        }

        @Override
        public void removeAttribute(String name) {
            inner.removeAttribute(name);
            dirty = true;
        }

        @Override
        public Instant getCreationTime() {
            return inner.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return inner.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            inner.setMaxInactiveInterval(interval);
            dirty = true;
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return inner.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return inner.isExpired();
        }
    }
}
