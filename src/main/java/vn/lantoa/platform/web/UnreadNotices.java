package vn.lantoa.platform.web;

import vn.lantoa.platform.CurrentUser;

/** The number of unread notices of a member, for the member layout; supplied by the notifications module. */
public interface UnreadNotices {

    /** 0 for a user without a member record. Called once per member page: keep it one cheap query. */
    long unreadFor(CurrentUser user);
}
