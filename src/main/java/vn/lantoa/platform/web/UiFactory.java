package vn.lantoa.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaProperties;

/** Builds the {@link Ui} of a request; controllers get it as the model attribute {@code ui}. */
@Component
public class UiFactory {

    private final MessageSource messages;
    private final LanToaProperties properties;
    // looked up once: a bean-factory lookup per request and provider cost 4 % of a rendered page
    private final Supplier<VisitorCounter.Source> visitorCounter;
    private final Supplier<PublicFrame.Source> publicFrame;
    private final Supplier<UnreadNotices> unreadNotices;
    private final Supplier<BackOfficeMenu> backOfficeMenu;

    UiFactory(
            MessageSource messages,
            LanToaProperties properties,
            ObjectProvider<VisitorCounter.Source> visitorCounter,
            ObjectProvider<PublicFrame.Source> publicFrame,
            ObjectProvider<UnreadNotices> unreadNotices,
            ObjectProvider<BackOfficeMenu> backOfficeMenu) {
        this.messages = messages;
        this.properties = properties;
        this.visitorCounter = SingletonSupplier.of(visitorCounter::getIfAvailable);
        this.publicFrame = SingletonSupplier.of(publicFrame::getIfAvailable);
        this.unreadNotices = SingletonSupplier.of(unreadNotices::getIfAvailable);
        this.backOfficeMenu = SingletonSupplier.of(backOfficeMenu::getIfAvailable);
    }

    public Ui forRequest(HttpServletRequest request) {
        String path = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
        String errorPath = (String) request.getAttribute("jakarta.servlet.error.request_uri");
        if (path == null) {
            path = errorPath != null ? errorPath : request.getRequestURI();
            query = errorPath != null ? null : request.getQueryString();
        }
        CurrentUser user = CurrentUser.get().orElse(null);
        return new Ui(
                messages,
                RequestContextUtils.getLocale(request),
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                user,
                properties.site().name(),
                path,
                query,
                CorrelationIdFilter.currentId(request),
                visitorCounter.get(),
                request.getServerName(),
                publicFrame.get(),
                unreadNotices.get(),
                backOfficeMenu.get(),
                user == null && request.getAttribute(Ui.SHARED_PAGE) != null);
    }
}
