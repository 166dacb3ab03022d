package vn.lantoa.links;

/**
 * An official source ("báo chính thống") a link belongs to.
 *
 * @param name the outlet's name, e.g. Báo Nhân Dân
 * @param domain the registered domain the link's host falls under, e.g. {@code nhandan.vn}
 */
public record OfficialSource(String name, String domain) {}
