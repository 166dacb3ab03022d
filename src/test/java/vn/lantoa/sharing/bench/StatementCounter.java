package vn.lantoa.sharing.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What the database did per request during a phase: statements (pg_stat_statements), commits, WAL flushes. */
final class StatementCounter implements AutoCloseable {

    private final Connection db;
    private long commits;
    private long walSyncs;

    StatementCounter(String url) throws SQLException {
        this.db = DriverManager.getConnection(url, "postgres", "");
        try (Statement s = db.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
    }

    void reset() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("SELECT pg_stat_statements_reset()");
        }
        commits = commits();
        walSyncs = walSyncs();
    }

    /** Statements run at least once per ten requests, busiest first, and the totals per request. */
    List<String> report(long requests) throws SQLException {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                "per request: %.2f commits, %.2f WAL flushes",
                (commits() - commits) / (double) requests, (walSyncs() - walSyncs) / (double) requests));
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT calls, mean_exec_time, regexp_replace(query, '\\s+', ' ', 'g')
                          FROM pg_stat_statements
                         WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                           AND query NOT LIKE '%pg_stat%'
                         ORDER BY calls DESC""")) {
            long total = 0;
            while (rs.next()) {
                long calls = rs.getLong(1);
                total += calls;
                if (calls * 10 >= requests) {
                    String q = rs.getString(3);
                    lines.add(String.format(
                            "  %5.2f x %6.3f ms  %s",
                            calls / (double) requests, rs.getDouble(2), q.length() > 110 ? q.substring(0, 110) : q));
                }
            }
            lines.add(1, String.format("per request: %.2f statements", total / (double) requests));
        }
        return lines;
    }

    private long commits() throws SQLException {
        return single("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()");
    }

    private long walSyncs() throws SQLException {
        return single("SELECT wal_sync FROM pg_stat_wal");
    }

    private long single(String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
