package vn.lantoa.notifications.internal;

import com.interaso.webpush.WebPush;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.platform.LanToaProperties;
import vn.lantoa.platform.web.PlatformRoutes;

/**
 * Web push: the message (title, body, link as JSON) encrypted for the browser (RFC 8291,
 * {@code aes128gcm}, by the webpush library) and posted to its push service with a VAPID token
 * (RFC 8292). The address of a PUSH delivery is the subscription's id, so this channel reads the
 * subscription; a push service that answers 404 or 410 has forgotten it, and it is dropped. The
 * endpoint is checked again before each post (its name may resolve elsewhere by now).
 */
@Component
class PushChannel implements ChannelSender {

    static final String INBOX = PlatformRoutes.INBOX;
    private static final int MAX_BODY = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Decoder B64 = Base64.getUrlDecoder();

    private final NotificationProperties.Push settings;
    private final VapidKeyStore keys;
    private final PushSubscriptions subscriptions;
    private final PushEndpoints endpoints;
    private final String subject;
    private final String baseUrl;
    private final Clock clock;
    private final HttpClient client;

    PushChannel(
            NotificationProperties properties,
            VapidKeyStore keys,
            PushSubscriptions subscriptions,
            PushEndpoints endpoints,
            LanToaProperties site,
            Clock clock) {
        this.settings = properties.push();
        this.keys = keys;
        this.subscriptions = subscriptions;
        this.endpoints = endpoints;
        this.baseUrl = site.site().baseUrl();
        this.subject = settings.subject() == null || settings.subject().isBlank()
                ? baseUrl
                : settings.subject().strip();
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Channel channel() {
        return Channel.PUSH;
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public String offReason() {
        return "Web push is off: lantoa.notifications.push.enabled is false";
    }

    @Override
    public void send(Outgoing delivery) throws DeliveryFailure {
        Optional<PushSubscriptions.Subscription> found = subscription(delivery.address());
        if (found.isEmpty()) {
            throw DeliveryFailure.permanentFailure("The push subscription was stopped");
        }
        PushSubscriptions.Subscription s = found.get();
        URI endpoint = URI.create(s.endpoint());
        String refusal = endpoints.refusal(endpoint);
        if (refusal != null) {
            throw DeliveryFailure.permanentFailure("Push endpoint refused: " + refusal);
        }
        WebPush push = new WebPush(subject, keys.keys());
        byte[] body = push.getBody(payload(delivery), B64.decode(s.p256dh()), B64.decode(s.auth()));
        String token = VapidToken.sign(endpoint, subject, keys.keys().getPrivateKey(), clock.instant());
        Map<String, String> headers = push.getHeadersWithToken(
                token,
                (int) settings.ttl().toSeconds(),
                "lantoa-" + delivery.id(),
                delivery.urgent() ? WebPush.Urgency.High : WebPush.Urgency.Normal);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(settings.timeout())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        int status;
        try {
            status = client.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw DeliveryFailure.transientFailure(
                    "Push service unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryFailure.transientFailure("Interrupted");
        }
        if (status >= 200 && status < 300) {
            subscriptions.delivered(s.id(), clock.instant());
            return;
        }
        if (status == 404 || status == 410) {
            subscriptions.drop(s.id());
            throw DeliveryFailure.permanentFailure("Push subscription expired (HTTP " + status + "), dropped");
        }
        boolean retry = status == 429 || status >= 500 || status == 408;
        throw new DeliveryFailure("Push service HTTP " + status, !retry, null);
    }

    private Optional<PushSubscriptions.Subscription> subscription(String address) {
        try {
            return subscriptions.find(Long.parseLong(address));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What the service worker shows: {@code title}, {@code body}, {@code url} (absolute). */
    byte[] payload(Outgoing delivery) {
        Map<String, String> message = new LinkedHashMap<>();
        message.put("title", delivery.subject());
        String text = delivery.body().strip();
        message.put("body", text.length() <= MAX_BODY ? text : text.substring(0, MAX_BODY - 1) + "…");
        message.put("url", delivery.link() == null ? NoticeLinks.absolute(baseUrl, INBOX) : delivery.link());
        return JSON.writeValueAsString(message).getBytes(StandardCharsets.UTF_8);
    }
}
