package vn.lantoa.platform.web;

import java.util.List;
import vn.lantoa.platform.PersonalData;

/**
 * View model of {@code platform/personal-data.jte}: what is held about the person, each row as a
 * list of labelled values (readable on a phone); the page shows the first {@link #SHOWN} rows of a
 * section, the download has them all.
 */
public record PersonalDataPage(List<PersonalData.Section> sections) {

    public static final int SHOWN = 50;

    public List<List<String>> shown(PersonalData.Section section) {
        return section.rows().subList(0, Math.min(SHOWN, section.rows().size()));
    }
}
