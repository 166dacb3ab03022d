package vn.lantoa.newsroom.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.lantoa.newsroom.internal.NewsroomException;

/** The person-readable sentence of a refusal; arguments that are message keys are resolved too. */
final class NewsroomMessages {

    private NewsroomMessages() {}

    static String of(MessageSource messages, NewsroomException e, Locale locale) {
        Object[] args = e.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String s && s.startsWith("newsroom.")) {
                args[i] = messages.getMessage(s, null, s, locale);
            }
        }
        return messages.getMessage(e.messageKey(), args, e.messageKey(), locale);
    }
}
