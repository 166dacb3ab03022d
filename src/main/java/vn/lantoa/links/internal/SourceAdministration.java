package vn.lantoa.links.internal;

import java.net.IDN;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.links.SourceKind;
import vn.lantoa.platform.AuditEvent;

/**
 * Adds, edits, deactivates and reactivates official sources for the back office. Every change is
 * one transaction, publishes an {@link AuditEvent} and reloads the registry after commit.
 */
@Service
public class SourceAdministration {

    /**
     * What the form sends. {@code domains}: one per line (or separated by commas or spaces);
     * {@code active}: {@code null} when the box is not ticked.
     */
    public record Draft(String name, String kind, String domains, Boolean active) {

        public boolean isActive() {
            return Boolean.TRUE.equals(active);
        }
    }

    /** The outcome: the saved id, or message keys by field. */
    public record Result(Long id, Map<String, String> errors) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)+");
    private final SourceRepository repository;
    private final ApplicationEventPublisher events;

    SourceAdministration(SourceRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    public List<SourceRow> all() {
        return repository.findAll();
    }

    public Optional<SourceRow> find(long id) {
        return repository.findById(id);
    }

    @Transactional
    public Result create(Draft draft) {
        return save(null, draft);
    }

    @Transactional
    public Result update(long id, Draft draft) {
        return save(id, draft);
    }

    @Transactional
    public boolean setActive(long id, boolean active) {
        Optional<SourceRow> row = repository.findById(id);
        if (row.isEmpty()) {
            return false;
        }
        if (row.get().active() != active) {
            repository.setActive(id, active);
            events.publishEvent(AuditEvent.of(
                    active ? "source.activate" : "source.deactivate",
                    "source",
                    id,
                    row.get().name()));
            events.publishEvent(new SourcesChanged(id));
        }
        return true;
    }

    private Result save(Long id, Draft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        long self = id == null ? -1 : id;
        String name = draft.name() == null ? "" : draft.name().strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            errors.put("name", "links.form.error.nameRequired");
        } else if (name.length() > 200) {
            errors.put("name", "links.form.error.nameTooLong");
        } else if (repository.idByName(name, self).isPresent()) {
            errors.put("name", "links.form.error.nameTaken");
        }
        SourceKind kind = kind(draft.kind());
        if (kind == null) {
            errors.put("kind", "links.form.error.kindRequired");
        }
        List<String> domains = new ArrayList<>();
        String domainError = domains(draft.domains(), domains);
        if (domainError == null) {
            for (String domain : domains) {
                if (repository.ownerOf(domain, self).isPresent()) {
                    domainError = "links.form.error.domainTaken";
                }
            }
        }
        if (domainError != null) {
            errors.put("domains", domainError);
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        long saved;
        if (id == null) {
            saved = repository.insert(name, kind, domains);
            if (!draft.isActive()) {
                repository.setActive(saved, false);
            }
            events.publishEvent(AuditEvent.of("source.create", "source", saved, name + " " + domains));
        } else {
            repository.update(id, name, kind, draft.isActive(), domains);
            saved = id;
            events.publishEvent(AuditEvent.of("source.update", "source", saved, name + " " + domains));
        }
        events.publishEvent(new SourcesChanged(saved));
        return new Result(saved, Map.of());
    }

    private static SourceKind kind(String value) {
        for (SourceKind k : SourceKind.values()) {
            if (k.name().equals(value)) {
                return k;
            }
        }
        return null;
    }

    /** Parses the domains into {@code out}; returns a message key when one is not a domain. */
    static String domains(String text, List<String> out) {
        Set<String> unique = new LinkedHashSet<>();
        for (String token : (text == null ? "" : text).split("[\\s,;]+")) {
            if (token.isEmpty()) {
                continue;
            }
            String domain = token.toLowerCase(Locale.ROOT);
            while (domain.endsWith(".")) {
                domain = domain.substring(0, domain.length() - 1);
            }
            try {
                domain = IDN.toASCII(domain).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return "links.form.error.domainInvalid";
            }
            if (!DOMAIN.matcher(domain).matches() || domain.length() > 253) {
                return "links.form.error.domainInvalid";
            }
            unique.add(domain);
        }
        if (unique.isEmpty()) {
            return "links.form.error.domainRequired";
        }
        if (unique.size() > 20) {
            return "links.form.error.domainTooMany";
        }
        out.addAll(unique);
        return null;
    }
}
