package vn.lantoa.portal.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import vn.lantoa.platform.LanToaProperties;
import vn.lantoa.portal.internal.cache.ClusterInvalidation;

/**
 * This node's Lucene index of {@code portal_search_doc} (ADR 0016): what search matches and ranks on.
 * The table is the copy all nodes share; each node follows it by the transaction that last wrote a
 * row ({@code written_xid}): it reads the rows written by transactions at or after the oldest one
 * that was still running when it last looked, so a transaction that commits after a later one is
 * never skipped (rows seen twice are applied twice, which is harmless). It looks after every local
 * change, before its page cache is cleared for another node's change, and every
 * {@code lantoa.portal.search.follow-interval} otherwise.
 *
 * <p>The index lives in {@code <data-dir>/search-index} and survives restarts (a restart only
 * reads what changed); if another process holds it, or it was built from another database, this
 * node builds one in a temporary directory or anew.
 */
@Component
public class SearchEngine implements SmartLifecycle, ClusterInvalidation.Follower {

    static final String KEY = "key";
    static final String SITE = "site";
    static final String ID = "id";
    static final String PUBLISHED = "published";
    /** Folded words (no diacritics), presence only. */
    static final String FOLDED = "folded";
    /** Exact words (the reader's diacritics), presence only. */
    static final String EXACT = "exact";
    /** Pairs of consecutive folded words with positions: a phrase is a run of them. */
    static final String PAIRS = "pairs";
    /** Newest first, then the higher id: the order of the index, so a query's first hits end its scan. */
    static final Sort NEWEST_FIRST =
            new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true), new SortField(ID, SortField.Type.LONG, true));

    private static final Logger log = LoggerFactory.getLogger(SearchEngine.class);
    private static final String DATABASE = "database";
    private static final String FOLLOWED = "followed-xmin";
    private static final int BATCH = 500;
    /** A new index of more rows than this is built after start, not before (about 1,600 rows a second). */
    private static final int BUILD_IN_BACKGROUND = 5_000;

    private static final FieldType WORDS = words(IndexOptions.DOCS);
    private static final FieldType RUNS = words(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

    private final JdbcClient jdbc;
    private final Path home;
    private final long followMillis;
    private final ReentrantLock writing = new ReentrantLock();
    private final Object wakeUp = new Object();
    /** Rows applied whose transaction is not older than {@link #xmin} yet: they are read again, not applied again. */
    private final Map<Long, Long> recent = new HashMap<>();

    private volatile boolean running;
    private Directory directory;
    private Path temporary;
    private IndexWriter writer;
    private SearcherManager searchers;
    private long xmin;
    private String database;
    private Thread follower;
    private int appliedAtStart;

    SearchEngine(
            JdbcClient jdbc,
            LanToaProperties properties,
            @Value("${lantoa.portal.search.follow-interval:500ms}") java.time.Duration followInterval) {
        this.jdbc = jdbc;
        this.home = properties.dataDir().resolve("search-index");
        this.followMillis = Math.max(10, followInterval.toMillis());
    }

    /** Opens the index, or builds it from the table if it is missing or from another database. */
    @Override
    public void start() {
        try {
            open();
            running = true;
            long rows = xmin == 0
                    ? jdbc.sql("SELECT count(*) FROM portal_search_doc")
                            .query(Long.class)
                            .single()
                    : 0;
            if (rows > BUILD_IN_BACKGROUND) {
                // a new index of a big table (a new node, a copied data directory): start now, search fills in
                log.info("Search index: building from {} rows in the background", rows);
            } else {
                appliedAtStart = follow();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the search index in " + home, e);
        }
        follower = Thread.ofPlatform().daemon().name("search-follower").start(this::followLoop);
    }

    private void open() throws IOException {
        Files.createDirectories(home);
        directory = FSDirectory.open(home);
        try {
            writer = new IndexWriter(directory, config());
        } catch (LockObtainFailedException e) {
            // another app process (or another context in this JVM) uses this data directory
            directory.close();
            temporary = Files.createTempDirectory("lantoa-search-");
            log.info("The search index in {} is in use; this node keeps its own in {}", home, temporary);
            directory = FSDirectory.open(temporary);
            writer = new IndexWriter(directory, config());
        }
        database = jdbc.sql("SELECT database_id::text FROM portal_search_state")
                .query(String.class)
                .single();
        Map<String, String> data = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        if (database.equals(data.get(DATABASE)) && data.containsKey(FOLLOWED)) {
            xmin = Long.parseLong(data.get(FOLLOWED));
        } else {
            if (writer.getDocStats().numDocs > 0) {
                log.info("The search index in {} was built from another database: building it anew", home);
            }
            writer.deleteAll();
            xmin = 0;
        }
        writer.setLiveCommitData(
                Map.of(DATABASE, database, FOLLOWED, Long.toString(xmin)).entrySet());
        searchers = new SearcherManager(writer, null);
    }

    private static IndexWriterConfig config() {
        return new IndexWriterConfig()
                .setIndexSort(NEWEST_FIRST)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(16);
    }

    /**
     * Applies what was written to the table since this node last looked; returns how many rows. Safe
     * from any thread; a caller that finds another one doing it waits for it and then looks again.
     */
    public int follow() {
        writing.lock();
        try {
            return followLocked();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writing.unlock();
        }
    }

    private int followLocked() throws IOException {
        // one statement, one snapshot: its xmin and the rows it sees
        long[] snapshot = {-1};
        List<Long> wanted = new ArrayList<>();
        jdbc.sql("""
                WITH s AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin)
                SELECT s.xmin, d.article_id, d.written_xid::text::bigint AS xid
                FROM s LEFT JOIN portal_search_doc d ON d.written_xid >= ?::text::xid8""").param(Long.toString(xmin)).query(rs -> {
            snapshot[0] = rs.getLong(1);
            long id = rs.getLong(2);
            if (!rs.wasNull()) {
                Long seen = recent.get(id);
                if (seen == null || seen != rs.getLong(3)) {
                    wanted.add(id);
                }
            }
        });
        int applied = 0;
        for (int from = 0; from < wanted.size(); from += BATCH) {
            if (!running) {
                return applied; // stopping: what was applied is committed at close with the old xmin, read again later
            }
            List<Long> batch = wanted.subList(from, Math.min(wanted.size(), from + BATCH));
            applied += apply(batch);
        }
        xmin = snapshot[0];
        recent.values().removeIf(xid -> xid < xmin);
        if (applied > 0) {
            writer.setLiveCommitData(
                    Map.of(DATABASE, database, FOLLOWED, Long.toString(xmin)).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        }
        return applied;
    }

    private int apply(List<Long> ids) throws IOException {
        int[] n = {0};
        IOException[] failed = {null};
        jdbc.sql("""
                SELECT article_id, site_id, title, summary, body_text, published_at, deleted,
                       written_xid::text::bigint AS xid
                FROM portal_search_doc WHERE article_id = ANY(?)""").param(ids.toArray(Long[]::new)).query(rs -> {
            long id = rs.getLong("article_id");
            try {
                Term key = new Term(KEY, Long.toString(id));
                if (rs.getBoolean("deleted")) {
                    writer.deleteDocuments(key);
                } else {
                    Timestamp published = rs.getTimestamp("published_at");
                    writer.updateDocument(
                            key,
                            document(
                                    id,
                                    rs.getLong("site_id"),
                                    published.getTime(),
                                    rs.getString("title"),
                                    rs.getString("summary"),
                                    rs.getString("body_text")));
                }
            } catch (IOException e) {
                failed[0] = e;
            }
            recent.put(id, rs.getLong("xid"));
            n[0]++;
        });
        if (failed[0] != null) {
            throw failed[0];
        }
        return n[0];
    }

    static Document document(long id, long site, long publishedMillis, String... texts) {
        Document doc = new Document();
        doc.add(new StringField(KEY, Long.toString(id), Field.Store.NO));
        doc.add(new StringField(SITE, Long.toString(site), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, id));
        doc.add(new NumericDocValuesField(PUBLISHED, publishedMillis));
        List<String> folded = new ArrayList<>();
        List<String> exact = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        for (String text : texts) {
            List<String> words = SearchText.tokens(SearchText.folded(text));
            folded.addAll(words);
            exact.addAll(SearchText.tokens(SearchText.exact(text)));
            // no pair across the end of the title or the summary
            for (int i = 1; i < words.size(); i++) {
                pairs.add(pair(words.get(i - 1), words.get(i)));
            }
            pairs.add(null);
        }
        doc.add(new Field(FOLDED, new Tokens(folded), WORDS));
        doc.add(new Field(EXACT, new Tokens(exact), WORDS));
        doc.add(new Field(PAIRS, new Tokens(pairs), RUNS));
        return doc;
    }

    /** The term of two consecutive folded words in {@link #PAIRS}. */
    static String pair(String first, String second) {
        return first + ' ' + second;
    }

    /** A searcher of the latest state this node applied; give it back with {@link #release}. */
    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /** Another node changed something: the page cache is cleared after this, so search must be current first. */
    @Override
    public void beforeRemoteClear() {
        if (running) {
            follow();
        }
    }

    private void followLoop() {
        while (running) {
            try {
                if (follow() > BUILD_IN_BACKGROUND) {
                    log.info("Search index: built");
                }
            } catch (RuntimeException e) {
                // the database is away: the next round reads everything since the last xmin
                log.debug("Search index could not follow the table: {}", e.getMessage());
            }
            // not an interrupt: Lucene's files must not be closed under a thread by one
            synchronized (wakeUp) {
                if (running) {
                    try {
                        wakeUp.wait(followMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    @Override
    public void stop() {
        synchronized (wakeUp) {
            running = false;
            wakeUp.notifyAll();
        }
        if (follower != null) {
            try {
                follower.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        writing.lock();
        try {
            searchers.close();
            writer.close();
            directory.close();
            if (temporary != null) {
                FileSystemUtils.deleteRecursively(temporary);
            }
        } catch (IOException e) {
            log.warn("Could not close the search index: {}", e.getMessage());
        } finally {
            writing.unlock();
        }
    }

    /** Rows read from the table when this node started: all of them only for a new index. */
    int appliedAtStart() {
        return appliedAtStart;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server takes requests (its phase is higher), after the database. */
    @Override
    public int getPhase() {
        return 0;
    }

    private static FieldType words(IndexOptions options) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }
}
