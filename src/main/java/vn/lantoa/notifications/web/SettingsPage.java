package vn.lantoa.notifications.web;

/**
 * {@code notifications/settings.jte}: the member's channels, quiet hours and web push on this phone.
 *
 * @param memberLinked whether the account has a member record (only members are told)
 * @param quietFrom "HH:mm" or empty
 * @param vapidPublicKey what the browser subscribes with; {@code null} when push is off here
 * @param browsers how many browsers of the account are subscribed
 * @param saved whether the choices were just saved
 * @param stopped how many browsers "stop everywhere" just turned off, or {@code null}
 */
public record SettingsPage(
        boolean memberLinked,
        boolean email,
        boolean zalo,
        boolean push,
        String quietFrom,
        String quietUntil,
        String vapidPublicKey,
        int browsers,
        boolean saved,
        Integer stopped) {}
