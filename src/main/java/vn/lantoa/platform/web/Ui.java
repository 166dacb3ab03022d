package vn.lantoa.platform.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;
import vn.lantoa.platform.CurrentUser;

/**
 * What every page's layout needs besides its own view model: messages in the request's language,
 * the CSRF token for forms, htmx and scripts, the signed-in user and the site name.
 */
public record Ui(
        MessageSource messages,
        Locale locale,
        CsrfToken csrf,
        CurrentUser user,
        String siteName,
        String path,
        String query,
        String correlationId,
        VisitorCounter.Source visitorCounterSource,
        String host,
        PublicFrame.Source publicFrameSource,
        UnreadNotices unreadNoticesSource,
        BackOfficeMenu backOfficeMenuSource,
        boolean shared) {

    public static final String MODEL_ATTRIBUTE = "ui";

    /**
     * A request attribute (any value) that makes the page the same bytes for every anonymous reader,
     * so that any HTTP cache may keep it (ADR 0017): no CSRF token and no figures of the visitor
     * counter in it. Set by the portal for the pages it caches; ignored for a signed-in user.
     */
    public static final String SHARED_PAGE = Ui.class.getName() + ".shared";

    /** The message for {@code key} in the request's language, with {@code {0}}-style arguments. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, "??" + key + "??", locale);
    }

    public String lang() {
        return "en".equals(locale.getLanguage()) ? "en" : "vi";
    }

    public boolean english() {
        return "en".equals(lang());
    }

    public boolean signedIn() {
        return user != null;
    }

    /** The visitor counter for the footer, or {@code null} when no module supplies one. */
    public VisitorCounter visitorCounter() {
        return visitorCounterSource == null ? null : visitorCounterSource.current();
    }

    /** Navigation sections and footer of the public layout, or {@code null} when no module supplies them. */
    public PublicFrame publicFrame() {
        return publicFrameSource == null ? null : publicFrameSource.forHost(host);
    }

    /** The signed-in member's unread notices, for the member layout; 0 when nobody supplies them. */
    public long unreadNotices() {
        return user == null || unreadNoticesSource == null ? 0 : unreadNoticesSource.unreadFor(user);
    }

    /** The back-office menu for the signed-in user, with the entry of this page marked; empty without a menu. */
    public java.util.List<BackOfficeMenu.Group> backOfficeMenu() {
        return backOfficeMenuSource == null ? java.util.List.of() : backOfficeMenuSource.forUser(user, path);
    }

    /** A whole number in the request's language ({@code 1.234} in Vietnamese, {@code 1,234} in English). */
    public String number(long value) {
        return java.text.NumberFormat.getIntegerInstance(english() ? Locale.ENGLISH : Locale.forLanguageTag("vi"))
                .format(value);
    }

    /** The same request context in another language (the page cache renders fragments with it). */
    public Ui withLocale(Locale other) {
        return new Ui(
                messages,
                other,
                csrf,
                user,
                siteName,
                path,
                query,
                correlationId,
                visitorCounterSource,
                host,
                publicFrameSource,
                unreadNoticesSource,
                backOfficeMenuSource,
                shared);
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    public String csrfHeader() {
        return csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName();
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    /** This page in the other language. */
    public String otherLanguageUrl() {
        return UriComponentsBuilder.fromPath(path == null || path.isEmpty() ? "/" : path)
                .query(query)
                .replaceQueryParam("lang", english() ? "vi" : "en")
                .build()
                .encode()
                .toUriString();
    }
}
