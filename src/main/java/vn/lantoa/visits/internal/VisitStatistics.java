package vn.lantoa.visits.internal;

import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.platform.web.VisitorCounter;

/**
 * The figures for the widget and the API, read from the database at most once per cache period
 * (one second): one request refreshes them while the others take the previous figures. If the
 * database cannot be read, the previous figures stay: the counter never breaks a page.
 */
public final class VisitStatistics implements VisitorCounter.Source {

    private static final Logger log = LoggerFactory.getLogger(VisitStatistics.class);

    private record Cached(VisitFigures figures, long readAtNanos) {}

    private final VisitQueries queries;
    private final Clock clock;
    private final VisitsProperties properties;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Cached cached;

    public VisitStatistics(VisitQueries queries, Clock clock, VisitsProperties properties) {
        this.queries = queries;
        this.clock = clock;
        this.properties = properties;
    }

    public VisitFigures figures() {
        Cached c = cached;
        if (c != null
                && System.nanoTime() - c.readAtNanos() < properties.cacheTtl().toNanos()) {
            return c.figures();
        }
        if (c != null && !refreshing.tryLock()) {
            return c.figures();
        }
        if (c == null) {
            refreshing.lock();
        }
        try {
            return fresh();
        } catch (RuntimeException e) {
            log.warn("Visitor figures not read: {}", e.toString());
            return c == null ? VisitFigures.ZERO : c.figures();
        } finally {
            refreshing.unlock();
        }
    }

    /** Reads the figures now, bypassing the cache. */
    public VisitFigures fresh() {
        VisitFigures figures = queries.figures(clock.instant(), properties.onlineWindow());
        cached = new Cached(figures, System.nanoTime());
        return figures;
    }

    @Override
    public boolean countedByScript() {
        return properties.enabled() && properties.countedBy() == VisitsProperties.CountedBy.SCRIPT;
    }

    @Override
    public VisitorCounter current() {
        VisitFigures f = figures();
        return new VisitorCounter(f.online(), f.today(), f.week(), f.total());
    }
}
