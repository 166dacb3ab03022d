package vn.lantoa.links.web;

import java.util.List;
import java.util.Map;
import vn.lantoa.links.SourceKind;

/**
 * View model of {@code links/source-form.jte}.
 *
 * @param id the source being edited, or {@code null} for a new one
 * @param errors message keys by field name
 */
public record SourceFormPage(
        Long id, String name, String kind, String domains, boolean active, Map<String, String> errors) {

    public List<SourceKind> kinds() {
        return List.of(SourceKind.values());
    }

    public String action() {
        return id == null ? LinksRoutes.NEW_SOURCE : LinksRoutes.source(id);
    }

    public String kindKey(SourceKind kind) {
        return "links.kind." + kind.name();
    }

    public String error(String field) {
        return errors.get(field);
    }
}
