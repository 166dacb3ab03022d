package vn.lantoa.organization.web;

import jakarta.servlet.http.HttpServletResponse;

/** Response headers of an XLSX download. */
final class Spreadsheets {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheets() {}

    static void prepare(HttpServletResponse response, String filename) {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        response.setHeader("Cache-Control", "no-store");
    }
}
