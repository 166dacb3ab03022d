package vn.lantoa.sharing.web;

import vn.lantoa.sharing.internal.InspectedLink;

/**
 * View model of {@code sharing/_link-check.jte}: the live check under a pasted link (the one check
 * the member forms show; it counts the portal's own articles as official, as logging does), or why
 * it is not a link.
 */
public record LinkCheckFragment(InspectedLink link, String error) {

    static LinkCheckFragment empty() {
        return new LinkCheckFragment(null, null);
    }
}
