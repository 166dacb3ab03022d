package vn.lantoa.platform;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers and erases a person's data across the modules; every read and every erasure is audited. */
@Service
public class PersonalDataService {

    private final ObjectProvider<PersonalData.Source> sources;
    private final ApplicationEventPublisher events;

    PersonalDataService(ObjectProvider<PersonalData.Source> sources, ApplicationEventPublisher events) {
        this.sources = sources;
        this.events = events;
    }

    /** Everything held about the subject, module by module; {@code action} is the audit code of the read. */
    @Transactional
    public List<PersonalData.Section> read(PersonalData.Subject subject, String action) {
        List<PersonalData.Section> sections = new ArrayList<>();
        sources.orderedStream().forEach(source -> sections.addAll(source.of(subject)));
        events.publishEvent(AuditEvent.of(action, target(subject), id(subject), sections.size() + " sections"));
        return sections;
    }

    /** Erases the subject's personal data in every module, all or nothing; returns the rows changed. */
    @Transactional
    public int erase(PersonalData.Subject subject) {
        int changed = sources.orderedStream().mapToInt(s -> s.erase(subject)).sum();
        events.publishEvent(
                AuditEvent.of("personal-data.erase", target(subject), id(subject), changed + " rows changed"));
        return changed;
    }

    private static String target(PersonalData.Subject subject) {
        return subject.memberId() != null ? "member" : "user";
    }

    private static Long id(PersonalData.Subject subject) {
        return subject.memberId() != null ? subject.memberId() : subject.userId();
    }
}
