package vn.lantoa.platform.web;

/** The figures of the public visitor counter ("Thống kê truy cập"). */
public record VisitorCounter(long online, long today, long week, long total) {

    /** Supplied by the {@code visits} module; the public layout shows it when present. */
    public interface Source {
        VisitorCounter current();

        /**
         * Whether the page's script counts the view when it asks for the figures (behind a shared
         * HTTP cache, where the page itself may never reach the app), instead of the page's request.
         */
        default boolean countedByScript() {
            return false;
        }
    }
}
