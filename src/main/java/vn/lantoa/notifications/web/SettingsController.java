package vn.lantoa.notifications.web;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.notifications.internal.Preferences;
import vn.lantoa.notifications.internal.PushOptIn;
import vn.lantoa.notifications.internal.QuietHours;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.InvalidInputException;

/**
 * {@code /thanh-vien/thong-bao/cai-dat}: which channels may tell the member, quiet hours, and web
 * push. Turning push on in a browser is done by script (it needs the browser's permission and
 * subscription); stopping it on every browser is a plain form.
 */
@Controller
class SettingsController {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Preferences preferences;
    private final PushOptIn push;

    SettingsController(Preferences preferences, PushOptIn push) {
        this.preferences = preferences;
        this.push = push;
    }

    @GetMapping(NotificationsRoutes.SETTINGS)
    String page(
            @RequestParam(name = "da-luu", required = false) Integer saved,
            @RequestParam(name = "da-tat", required = false) Integer stopped,
            Model model) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        Preferences.Choice c = user.memberId() == null ? Preferences.Choice.DEFAULT : preferences.of(user.memberId());
        model.addAttribute(
                "page",
                new SettingsPage(
                        user.memberId() != null,
                        c.email(),
                        c.zalo(),
                        c.push(),
                        c.quiet() == null ? "" : HH_MM.format(c.quiet().from()),
                        c.quiet() == null ? "" : HH_MM.format(c.quiet().until()),
                        user.memberId() == null ? null : push.publicKey(),
                        push.browsers(user),
                        saved != null,
                        stopped));
        return "notifications/settings";
    }

    @PostMapping(NotificationsRoutes.SETTINGS)
    String save(PreferencesForm form) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        if (user.memberId() == null) {
            throw new InvalidInputException("notifications.push.error.notMember");
        }
        preferences.save(
                user.memberId(),
                new Preferences.Choice(
                        form.on(form.email()),
                        form.on(form.zalo()),
                        form.on(form.push()),
                        quietHours(form.quietFrom(), form.quietUntil())));
        return "redirect:" + NotificationsRoutes.SETTINGS + "?da-luu=1";
    }

    /** The browser's subscription, as JSON from the settings page's script; 204 when stored. */
    @PostMapping(NotificationsRoutes.PUSH)
    ResponseEntity<Void> subscribe(@RequestBody PushSubscriptionForm form) {
        push.subscribe(CurrentUser.get().orElseThrow(), form.endpoint(), form.p256dh(), form.auth());
        return ResponseEntity.noContent().build();
    }

    /** This browser stops: its subscription is deleted. 204 whether or not there was one. */
    @PostMapping(NotificationsRoutes.PUSH_UNSUBSCRIBE)
    ResponseEntity<Void> unsubscribe(@RequestBody PushSubscriptionForm form) {
        push.unsubscribe(CurrentUser.get().orElseThrow(), form.endpoint());
        return ResponseEntity.noContent().build();
    }

    /**
     * Whether this browser's subscription is still held for the account (it is not after "stop on
     * all devices" on another phone, or after the push service forgot it); a POST, so the endpoint
     * (a capability URL) stays out of access logs.
     */
    @PostMapping(NotificationsRoutes.PUSH_CHECK)
    ResponseEntity<java.util.Map<String, Boolean>> check(@RequestBody PushSubscriptionForm form) {
        return ResponseEntity.ok(
                java.util.Map.of("subscribed", push.holds(CurrentUser.get().orElseThrow(), form.endpoint())));
    }

    @PostMapping(NotificationsRoutes.PUSH_STOP_ALL)
    String stopAll() {
        return "redirect:" + NotificationsRoutes.SETTINGS + "?da-tat="
                + push.stopAll(CurrentUser.get().orElseThrow());
    }

    static QuietHours quietHours(String from, String until) {
        boolean noFrom = from == null || from.isBlank();
        boolean noUntil = until == null || until.isBlank();
        if (noFrom && noUntil) {
            return null;
        }
        if (noFrom || noUntil) {
            throw new InvalidInputException("notifications.settings.error.quietBoth");
        }
        try {
            LocalTime f = LocalTime.parse(from.strip(), HH_MM);
            LocalTime u = LocalTime.parse(until.strip(), HH_MM);
            if (f.equals(u)) {
                throw new InvalidInputException("notifications.settings.error.quietSame");
            }
            return new QuietHours(f, u);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("notifications.settings.error.quietTime");
        }
    }
}
