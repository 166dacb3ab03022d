package vn.lantoa.links.web;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.links.LinkChecker;
import vn.lantoa.links.MalformedLinkException;

/**
 * The small verdict the member forms show as a link is pasted ({@code hx-get} on the link field,
 * target {@value #TARGET_ID}). Without htmx the same URL answers the same fragment.
 */
@Controller
class LinkCheckFragmentController {

    static final String PATH = "/thanh-vien/lien-ket/kiem-tra";
    static final String TARGET_ID = "lt-link-check";
    private final LinkChecker checker;

    LinkCheckFragmentController(LinkChecker checker) {
        this.checker = checker;
    }

    @GetMapping(PATH)
    String check(@RequestParam(name = "url", required = false) String url, Locale locale, Model model) {
        LinkCheckFragment fragment;
        if (url == null || url.isBlank()) {
            fragment = new LinkCheckFragment(null, null);
        } else {
            try {
                fragment = new LinkCheckFragment(checker.check(url), null);
            } catch (MalformedLinkException e) {
                fragment =
                        new LinkCheckFragment(null, "en".equals(locale.getLanguage()) ? e.english() : e.vietnamese());
            }
        }
        model.addAttribute("page", fragment);
        return "links/_check";
    }
}
