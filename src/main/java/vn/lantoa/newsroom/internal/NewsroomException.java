package vn.lantoa.newsroom.internal;

import org.springframework.http.HttpStatus;

/**
 * A refused request, with the message key (in {@code newsroom_*.properties}) that tells the person
 * why and the HTTP status that fits. Never a 500.
 */
public class NewsroomException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;
    private final HttpStatus status;

    public NewsroomException(HttpStatus status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public static NewsroomException invalid(String messageKey, Object... args) {
        return new NewsroomException(HttpStatus.BAD_REQUEST, messageKey, args);
    }

    public static NewsroomException conflict(String messageKey, Object... args) {
        return new NewsroomException(HttpStatus.CONFLICT, messageKey, args);
    }

    public static NewsroomException forbidden() {
        return new NewsroomException(HttpStatus.FORBIDDEN, "newsroom.error.forbidden");
    }

    public static NewsroomException notFound() {
        return new NewsroomException(HttpStatus.NOT_FOUND, "newsroom.error.notFound");
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public HttpStatus status() {
        return status;
    }
}
