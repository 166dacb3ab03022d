package vn.lantoa.visits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PageViewRulesTests {

    static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    final PageViewRules rules = PageViewRules.standard();

    @ParameterizedTest
    @CsvSource({
        "GET, /, true",
        "GET, /bai-viet/tin-moi, true",
        "GET, /phan-anh, true",
        "HEAD, /, false",
        "POST, /, false",
        "GET, /quan-tri, false",
        "GET, /quan-tri/truy-cap, false",
        "GET, /thanh-vien, false",
        "GET, /api/v1/visits, false",
        "GET, /actuator/health, false",
        "GET, /webjars/htmx.org/dist/htmx.min.js, false",
        "GET, /css/lantoa.css, false",
        "GET, /js/lantoa.js, false",
        "GET, /media/anh.jpg, false",
        "GET, /favicon.ico, false",
        "GET, /robots.txt, false",
        "GET, /dang-nhap, false"
    })
    void onlyGetsOfPublicPagesMayCount(String method, String path, boolean counts) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.addHeader("User-Agent", FIREFOX);
        assertThat(rules.mayCount(request)).isEqualTo(counts);
    }

    @ParameterizedTest
    @CsvSource({
        "Sec-Purpose, prefetch",
        "Sec-Purpose, prefetch;prerender",
        "Purpose, prefetch",
        "X-Moz, prefetch",
        "X-Purpose, preview"
    })
    void prefetchesDoNotCount(String header, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("User-Agent", FIREFOX);
        request.addHeader(header, value);
        assertThat(rules.mayCount(request)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)|true",
                "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)|true",
                "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)|true",
                "Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)|true",
                "curl/8.5.0|true",
                "Java-http-client/21.0.5|true",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36|true",
                "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36 Zalo android/12100 ZaloTheme/light ZaloLanguage/vi|false",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/134.0 Chrome/128.0 Safari/537.36|false",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1|false",
                "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0|false"
            })
    void knownBotsAndHttpLibrariesDoNotCountButBrowsersDo(String userAgent, boolean bot) {
        assertThat(rules.isBot(userAgent)).isEqualTo(bot);
    }

    @Test
    void aRequestWithoutUserAgentDoesNotCount() {
        assertThat(rules.isBot(null)).isTrue();
        assertThat(rules.isBot(" ")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "200, text/html;charset=UTF-8, true",
        "200, TEXT/HTML, true",
        "203, text/html, true",
        "304, text/html, false",
        "302, text/html, false",
        "404, text/html;charset=UTF-8, false",
        "500, text/html, false",
        "200, application/json, false",
        "200, text/css, false"
    })
    void onlySuccessfulHtmlAnswersArePageViews(int status, String type, boolean counts) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(status);
        response.setContentType(type);
        assertThat(rules.counts(response)).isEqualTo(counts);
    }
}
