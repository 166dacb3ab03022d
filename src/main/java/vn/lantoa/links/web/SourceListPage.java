package vn.lantoa.links.web;

import java.util.List;
import vn.lantoa.links.SourceKind;
import vn.lantoa.links.internal.SourceRow;

/** View model of {@code links/sources.jte}; {@code notice} is a message key or {@code null}. */
public record SourceListPage(List<SourceRow> sources, String notice) {

    public String kindKey(SourceKind kind) {
        return "links.kind." + kind.name();
    }
}
