package vn.lantoa.platform.web;

/** The figures of the public visitor counter ("Thống kê truy cập"). */
public record VisitorCounter(long online, long today, long week, long total) {

    /** Supplied by the {@code visits} module; the public layout shows it when present. */
    public interface Source {
        VisitorCounter current();
    }
}
