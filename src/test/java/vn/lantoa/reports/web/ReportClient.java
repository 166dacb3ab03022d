package vn.lantoa.reports.web;

import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/**
 * Browsers for the reports tests, each connecting from its own loopback address (127.x.y.z), so the
 * per-address flood limit of one test does not count another test's submissions.
 */
final class ReportClient {

    private ReportClient() {}

    static Browser anonymous(int port) {
        return Browser.fromOwnLoopbackAddress(port);
    }

    static Browser signedIn(int port, String username) {
        Browser browser = Browser.fromOwnLoopbackAddress(port);
        browser.signIn(username, LanToaIntegrationTest.DEMO_PASSWORD);
        browser.get("/dang-nhap");
        return browser;
    }
}
