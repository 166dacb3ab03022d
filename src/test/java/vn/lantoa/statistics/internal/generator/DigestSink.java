package vn.lantoa.statistics.internal.generator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/** A sink that writes nothing: it hands out ids from 1 per table and hashes every row in order. */
final class DigestSink implements Sink {

    private final MessageDigest digest;
    private final Map<String, Long> next = new HashMap<>();
    final Map<String, Long> rows = new HashMap<>();

    DigestSink() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long reserve(String table, long count) {
        long first = next.getOrDefault(table, 1L);
        next.put(table, first + count);
        return first;
    }

    @Override
    public Rows copy(String table, String columns) {
        digest.update((table + "(" + columns + ")").getBytes(StandardCharsets.UTF_8));
        return new Rows() {
            @Override
            public void row(Object... values) {
                rows.merge(table, 1L, Long::sum);
                for (Object v : values) {
                    digest.update(String.valueOf(v).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            }

            @Override
            public void close() {}
        };
    }

    @Override
    public void execute(String sql) {
        digest.update(sql.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void commit() {}

    @Override
    public void close() {}

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
