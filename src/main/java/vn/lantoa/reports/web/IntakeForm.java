package vn.lantoa.reports.web;

/** What the public form sends; {@code website} is the honeypot that people never see. */
public record IntakeForm(String content, String link, String category, String website) {}
