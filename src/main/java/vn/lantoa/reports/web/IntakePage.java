package vn.lantoa.reports.web;

import java.util.List;

/** View model of {@code reports/intake.jte}: the form as sent, message keys of errors, categories. */
public record IntakePage(IntakeForm form, List<String> errors, List<String> categories) {

    public String content() {
        return form.content() == null ? "" : form.content();
    }

    public String link() {
        return form.link() == null ? "" : form.link();
    }

    /** Message key of a category's label: {@code reports.category.<code>}. */
    public String categoryKey(String category) {
        return "reports.category." + category;
    }

    public boolean selected(String category) {
        return category.equals(form.category());
    }
}
