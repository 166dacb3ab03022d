package vn.lantoa.notifications.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.LanToaProperties;

/**
 * E-mail over SMTP with Spring's {@link JavaMailSender}, which exists only when
 * {@code spring.mail.host} is set; without it the channel is off. Each message is plain text with
 * an HTML alternative made from it ({@link EmailHtml}). The sender's name is the site name; the
 * link is absolute, followed by the site's address.
 */
@Component
class EmailChannel implements ChannelSender {

    private final ObjectProvider<JavaMailSender> mail;
    private final String siteName;
    private final String baseUrl;
    private final String from;

    EmailChannel(
            ObjectProvider<JavaMailSender> mail,
            LanToaProperties site,
            NotificationProperties properties,
            Environment environment) {
        this.mail = mail;
        this.siteName = site.site().name();
        this.baseUrl = site.site().baseUrl();
        this.from = sender(properties.mailFrom(), environment.getProperty("spring.mail.username"), baseUrl);
    }

    /** {@code <lantoa.delivery.42@host>}, the host of the sender's address. */
    String messageId(long deliveryId) {
        String host = from.substring(from.lastIndexOf('@') + 1).replaceAll("[>\\s].*", "");
        return "<lantoa.delivery." + deliveryId + "@" + (host.isBlank() ? "localhost" : host) + ">";
    }

    static String sender(String configured, String mailUsername, String baseUrl) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        if (mailUsername != null && mailUsername.contains("@")) {
            return mailUsername.strip();
        }
        String host;
        try {
            host = URI.create(baseUrl).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        return "no-reply@" + (host == null || host.isBlank() ? "localhost" : host);
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean enabled() {
        return mail.getIfAvailable() != null;
    }

    @Override
    public String offReason() {
        return "E-mail is off: spring.mail.host is not set";
    }

    @Override
    public void send(Outgoing delivery) throws DeliveryFailure {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw DeliveryFailure.transientFailure(offReason());
        }
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from, siteName);
            helper.setTo(delivery.address());
            helper.setSubject(delivery.subject());
            helper.setText(
                    text(delivery),
                    EmailHtml.render(delivery.subject(), delivery.body(), delivery.link(), siteName, baseUrl));
            message.setHeader("Auto-Submitted", "auto-generated");
            // One Message-ID per delivery, the same on every try: a message sent again after a crash
            // between sending and recording it is recognised by mail servers and clients as the same.
            message.setHeader("Message-ID", messageId(delivery.id()));
        } catch (MessagingException | UnsupportedEncodingException | IllegalArgumentException e) {
            throw new DeliveryFailure("Not a usable e-mail address: " + e.getMessage(), true, e);
        }
        try {
            sender.send(message);
        } catch (MailParseException | MailPreparationException e) {
            throw new DeliveryFailure("E-mail refused: " + e.getMessage(), true, e);
        } catch (MailAuthenticationException e) {
            throw new DeliveryFailure("SMTP sign-in failed: " + e.getMessage(), false, e);
        } catch (MailException e) {
            throw new DeliveryFailure("SMTP: " + e.getMessage(), false, e);
        }
    }

    String text(Outgoing delivery) {
        StringBuilder text = new StringBuilder(delivery.body().strip()).append("\n\n");
        if (delivery.link() != null) {
            text.append(delivery.link()).append("\n\n");
        }
        return text.append("-- \n")
                .append(siteName)
                .append('\n')
                .append(baseUrl)
                .append('\n')
                .toString();
    }
}
