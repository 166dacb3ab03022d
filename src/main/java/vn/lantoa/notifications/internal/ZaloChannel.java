package vn.lantoa.notifications.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Zalo Notification Service (ZNS): a template message to a phone number, posted to
 * {@code <base-url>/message/template} with the Official Account's access token in the
 * {@code access_token} header. ZNS answers 200 with {@code "error": 0} on success and a non-zero
 * error code otherwise. The token is never logged nor stored with an error.
 */
@Component
class ZaloChannel implements ChannelSender {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final NotificationProperties.Zalo settings;
    private final HttpClient client;

    ZaloChannel(NotificationProperties properties) {
        this.settings = properties.zalo();
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Channel channel() {
        return Channel.ZALO;
    }

    @Override
    public boolean enabled() {
        return settings.enabled()
                && settings.accessToken() != null
                && !settings.accessToken().isBlank()
                && settings.templateId() != null
                && !settings.templateId().isBlank();
    }

    @Override
    public String offReason() {
        return settings.enabled()
                ? "Zalo is off: lantoa.notifications.zalo.access-token or template-id is not set"
                : "Zalo is off: lantoa.notifications.zalo.enabled is false";
    }

    @Override
    public void send(Outgoing delivery) throws DeliveryFailure {
        String phone = internationalPhone(delivery.address());
        if (phone == null) {
            throw DeliveryFailure.permanentFailure("Not a Vietnamese phone number");
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("subject", delivery.subject());
        data.put("body", delivery.body());
        data.put("link", delivery.link() == null ? "" : delivery.link());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("phone", phone);
        payload.put("template_id", settings.templateId());
        payload.put("template_data", data);
        payload.put("tracking_id", "lantoa-" + delivery.id());
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(settings.baseUrl().replaceAll("/+$", "") + "/message/template"))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("access_token", settings.accessToken())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload)))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryFailure("Zalo unreachable: " + e.getClass().getSimpleName(), false, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("Interrupted", false, null);
        }
        int status = response.statusCode();
        if (status != 200) {
            // 429 and 5xx may pass later; another 4xx will not
            boolean retry = status == 429 || status >= 500 || status == 408;
            throw new DeliveryFailure("Zalo HTTP " + status, !retry, null);
        }
        try {
            JsonNode answer = JSON.readTree(response.body());
            int error = answer.path("error").asInt(-1);
            if (error != 0) {
                throw DeliveryFailure.transientFailure(
                        "Zalo error " + error + ": " + answer.path("message").asString(""));
            }
        } catch (JacksonException e) {
            throw DeliveryFailure.transientFailure("Zalo answered something that is not JSON");
        }
    }

    /** {@code 0912 345 678}, {@code +84 912…}, {@code 84912…} → {@code 84912345678}; else {@code null}. */
    static String internationalPhone(String number) {
        String digits = number == null ? "" : number.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        if (!digits.matches("[0-9]+")) {
            return null;
        }
        if (digits.startsWith("0")) {
            digits = "84" + digits.substring(1);
        }
        return digits.startsWith("84") && digits.length() >= 11 && digits.length() <= 12 ? digits : null;
    }
}
