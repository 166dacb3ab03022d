package vn.lantoa.platform;

/**
 * A request the application refuses, with the reason a person reads (a message key of a module's
 * bundle and its arguments) and the HTTP status that fits. Services throw its kinds ({@link
 * InvalidInputException}, {@link NotFoundException}, {@link ForbiddenException}, {@link
 * ConflictException}); the platform turns them into the error page in the reader's language, or
 * RFC 9457 problem details under {@code /api/}. Only web adapters speak HTTP themselves.
 */
public abstract class RefusedException extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final transient Object[] args;

    protected RefusedException(int status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** The HTTP status of the refusal. */
    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The form field the refusal is about, if one ({@code field} of the problem details); none by default. */
    public String field() {
        return null;
    }

    /**
     * The message key of the problem's {@code title} when a kind of refusal has a more exact one than
     * its status's ("Not a valid link" rather than "Bad request"); none by default.
     */
    public String titleKey() {
        return null;
    }

    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[a-z]+(\\.[A-Za-z0-9]+)+");

    /** The sentence a person reads; arguments that are message keys (a field's name, a state) are translated too. */
    public String message(org.springframework.context.MessageSource messages, java.util.Locale locale) {
        Object[] translated = args();
        for (int i = 0; i < translated.length; i++) {
            if (translated[i] instanceof String s && KEY.matcher(s).matches()) {
                translated[i] = messages.getMessage(s, null, s, locale);
            }
        }
        return messages.getMessage(messageKey, translated, "??" + messageKey + "??", locale);
    }
}
