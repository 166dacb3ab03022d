package vn.lantoa.notifications.web;

import vn.lantoa.notifications.internal.Inbox;

/**
 * The member's inbox.
 *
 * @param markedAll how many notices "mark all read" just marked, or {@code null}
 * @param memberLinked whether the account has a member record (staff accounts may not)
 */
public record InboxPage(Inbox.Page inbox, Integer markedAll, boolean memberLinked) {}
