package vn.lantoa.reports.web;

import java.util.List;

/**
 * View model of the report forms ({@code reports/intake.jte} for the public, {@code
 * reports/member-report.jte} for members): the form as sent, errors, categories.
 *
 * @param member whether a signed-in member files it (no contact fields, no honeypot)
 */
public record ReportFormPage(
        IntakeForm form, List<FormError> errors, List<String> categories, String action, boolean member) {

    /** A message key with its arguments. */
    public record FormError(String key, Object[] args) {}

    public String content() {
        return form.content() == null ? "" : form.content();
    }

    public String links() {
        return form.links() == null ? "" : form.links();
    }

    public String email() {
        return form.email() == null ? "" : form.email();
    }

    public String phone() {
        return form.phone() == null ? "" : form.phone();
    }

    public boolean consent() {
        return form.consented();
    }

    public String key() {
        return form.key() == null ? "" : form.key();
    }

    /** Message key of a category's label: {@code reports.category.<code>}. */
    public String categoryKey(String category) {
        return "reports.category." + category;
    }

    public boolean selected(String category) {
        return category.equals(form.category());
    }
}
