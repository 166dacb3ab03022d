package vn.lantoa.notifications;

import java.util.Optional;

/**
 * Made by a module whose links must not be stored in the outbox (a one-time link to set a
 * password): its notices carry a {@link Notice.OneTimeLink}, and the dispatcher asks the module for
 * a fresh link just before each try of sending, outside any transaction of its own. The link of
 * an earlier try may stop working then, so only the message that went out last carries a working
 * one.
 */
public interface OneTimeLinks {

    /** The {@link Notice.OneTimeLink#kind()} this bean makes links for, e.g. {@code "accounts.invitation"}. */
    String kind();

    /**
     * A new site-relative (or absolute) link for the reference, or empty when it no longer applies
     * (used, replaced, expired); the delivery is then skipped with that reason.
     */
    Optional<String> mint(String reference);
}
