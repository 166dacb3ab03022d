package vn.lantoa.visits.internal;

import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
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
    private final ConcurrentHashMap<LocalDate, Mac> keys = new ConcurrentHashMap<>();

    public DayKeys(VisitStore store) {
        this.store = store;
    }

    /** A fresh MAC for {@code day} (MACs are not thread-safe; cloning an initialised one is cheap). */
    public Mac macFor(LocalDate day) {
        Mac prototype = keys.computeIfAbsent(day, this::load);
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return load(day);
        }
    }

    /** Loads the keys of {@code today} and tomorrow and forgets those before yesterday. */
    public void prepare(LocalDate today) {
        keys.computeIfAbsent(today, this::load);
        keys.computeIfAbsent(today.plusDays(1), this::load);
        keys.keySet().removeIf(day -> day.isBefore(today.minusDays(1)));
    }

    private Mac load(LocalDate day) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(store.dayKey(day), ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
