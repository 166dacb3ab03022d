package vn.lantoa.visits.internal;

import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The daily HMAC keys, shared by all nodes through the database and kept in memory here. The
 * flusher loads today's and tomorrow's key ahead of time, so the request path normally reads
 * only memory.
 */
public final class DayKeys {

    private static final String ALGORITHM = "HmacSHA256";
    private final VisitStore store;
    private final ConcurrentHashMap<LocalDate, Key> keys = new ConcurrentHashMap<>();

    /** A day's key and a pool of MACs initialised with it (a MAC serves one thread at a time). */
    private record Key(SecretKeySpec spec, ConcurrentLinkedQueue<Mac> pool) {}

    public DayKeys(VisitStore store) {
        this.store = store;
    }

    /** HMAC-SHA256 of {@code parts} with the key of {@code day}. */
    public byte[] hmac(LocalDate day, byte[]... parts) {
        Key key = keys.computeIfAbsent(day, this::load);
        Mac mac = key.pool().poll();
        if (mac == null) {
            mac = newMac(key.spec());
        }
        for (byte[] part : parts) {
            mac.update(part);
        }
        byte[] digest = mac.doFinal();
        key.pool().offer(mac);
        return digest;
    }

    /** Loads the keys of {@code today} and tomorrow and forgets those before yesterday. */
    public void prepare(LocalDate today) {
        keys.computeIfAbsent(today, this::load);
        keys.computeIfAbsent(today.plusDays(1), this::load);
        keys.keySet().removeIf(day -> day.isBefore(today.minusDays(1)));
    }

    private Key load(LocalDate day) {
        return new Key(new SecretKeySpec(store.dayKey(day), ALGORITHM), new ConcurrentLinkedQueue<>());
    }

    private static Mac newMac(SecretKeySpec spec) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(spec);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
