package vn.lantoa.platform.web;

/** {@code platform/offline.jte}: what the member area's service worker shows when a page cannot load. */
public record OfflinePage() {}
