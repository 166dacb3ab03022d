package vn.lantoa.platform.web;

import java.util.List;
import vn.lantoa.platform.PersonalData;

/** View model of {@code platform/personal-data.jte}: what is held about the person, as tables. */
public record PersonalDataPage(List<PersonalData.Section> sections) {}
