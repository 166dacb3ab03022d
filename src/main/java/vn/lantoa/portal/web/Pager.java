package vn.lantoa.portal.web;

import org.springframework.web.util.UriComponentsBuilder;

/** Page links of a list; {@code page} starts at 1. */
public record Pager(int page, int pages, String path, String query) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public String url(int target) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        if (query != null) {
            b.queryParam("q", query);
        }
        if (target > 1) {
            b.queryParam("trang", target);
        }
        return b.build().encode().toUriString();
    }

    /** The 1-based page asked for: anything that is not a positive number is page 1. */
    static int parse(String trang) {
        if (trang == null || trang.isBlank() || trang.length() > 9) {
            return trang != null && trang.strip().matches("\\d{10,}") ? Integer.MAX_VALUE : 1;
        }
        try {
            return Math.max(1, Integer.parseInt(trang.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static int pages(long total, int size) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + size - 1) / size));
    }
}
