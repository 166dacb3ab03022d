package vn.lantoa.reports.internal;

import vn.lantoa.platform.CurrentUser;

/**
 * Who filed a report: one of our signed-in users (a member or staff, recorded by id) or the
 * anonymous public, known only by their address for the flood limit (never stored as such).
 */
public record Reporter(CurrentUser user, String address) {

    public static Reporter signedIn(CurrentUser user) {
        return new Reporter(user, null);
    }

    public static Reporter anonymous(String address) {
        return new Reporter(null, address == null ? "" : address);
    }

    public boolean isAnonymous() {
        return user == null;
    }
}
