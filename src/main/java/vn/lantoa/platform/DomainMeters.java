package vn.lantoa.platform;

import java.util.Locale;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the modules' domain meters ({@code lantoa.*}, docs/metrics.md) share: a tag value from an
 * enum, and counting only what a transaction committed.
 */
public final class DomainMeters {

    private DomainMeters() {}

    /** Runs {@code count} once the current transaction has committed, or now outside one. */
    public static void afterCommit(Runnable count) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }

    /** A tag value: the constant's name in lower case ({@code NEW_CASE} → {@code new_case}). */
    public static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
