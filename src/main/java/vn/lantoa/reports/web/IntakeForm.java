package vn.lantoa.reports.web;

import java.util.Arrays;
import java.util.List;

/**
 * What the report forms send. {@code links} holds one link a line; {@code website} is the
 * honeypot that people never see; {@code key} makes a double submission file once.
 */
public record IntakeForm(
        String content,
        String links,
        String category,
        String website,
        String email,
        String phone,
        Boolean consent,
        String key) {

    static IntakeForm empty(String key) {
        return new IntakeForm("", "", "", "", "", "", false, key);
    }

    List<String> linkList() {
        return links == null
                ? List.of()
                : Arrays.stream(links.split("\\R")).filter(l -> !l.isBlank()).toList();
    }

    boolean consented() {
        return Boolean.TRUE.equals(consent);
    }
}
