package vn.lantoa.newsroom;

/** A site this instance serves; chosen by the request's host name. */
public record Site(long id, String code, String host, String name) {}
