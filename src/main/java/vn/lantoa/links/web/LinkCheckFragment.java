package vn.lantoa.links.web;

import vn.lantoa.links.LinkCheck;

/** View model of {@code links/_check.jte}: the verdict on a pasted link, or why it is not one. */
public record LinkCheckFragment(LinkCheck check, String error) {

    public String platformKey() {
        return "links.platform." + check.platform().name();
    }
}
