package vn.lantoa.links.internal;

import java.util.List;
import vn.lantoa.links.SourceKind;

/** One official source with its domains, as stored. */
public record SourceRow(long id, String name, SourceKind kind, boolean active, List<String> domains) {}
