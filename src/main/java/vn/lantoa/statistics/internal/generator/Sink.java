package vn.lantoa.statistics.internal.generator;

/**
 * Where generated rows go: PostgreSQL through {@code COPY} ({@link PostgresSink}), or a digest in
 * the tests that check the generator is deterministic. Ids are reserved in blocks, so rows can
 * refer to each other before they are written.
 */
interface Sink extends AutoCloseable {

    /** The first of {@code count} consecutive ids of {@code table}'s identity column. */
    long reserve(String table, long count);

    /** Starts a bulk write of {@code columns} (comma-separated) into {@code table}. */
    Rows copy(String table, String columns);

    /** A statement without result (partitions, lookups of existing data are not done here). */
    void execute(String sql);

    /** Makes what was written so far durable (a month of actions is one transaction). */
    void commit();

    @Override
    void close();

    /** Rows of one bulk write; values are written in the order of the columns. */
    interface Rows extends AutoCloseable {
        void row(Object... values);

        @Override
        void close();
    }
}
