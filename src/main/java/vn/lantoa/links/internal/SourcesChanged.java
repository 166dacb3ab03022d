package vn.lantoa.links.internal;

/** Published inside the transaction that changed the registry; the cache reloads after commit. */
public record SourcesChanged(long sourceId) {}
