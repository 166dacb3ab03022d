package vn.lantoa.platform.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import vn.lantoa.platform.LanToaIntegrationTest;

@LanToaIntegrationTest
class FirstSegmentHandlerMappingTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void theApplicationRoutesThroughIt() {
        assertThat(mapping).isInstanceOf(FirstSegmentHandlerMapping.class);
    }

    @Test
    void literalFirstSegmentsAreReadFromPatterns() {
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/bai-viet/{slug}"))
                .isEqualTo("bai-viet");
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/")).isEmpty();
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/rss.xml")).isEqualTo("rss.xml");
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/{lang}/x")).isNull();
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/**")).isNull();
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/tin-*")).isNull();
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("relative")).isNull();
    }

    @Test
    void aRequestIsPassedOverOnlyWhenItsFirstSegmentIsNoneOfTheMappings() {
        Set<String> article = Set.of("bai-viet");
        assertThat(FirstSegmentHandlerMapping.mayMatch(article, "/bai-viet/mot-bai"))
                .isTrue();
        assertThat(FirstSegmentHandlerMapping.mayMatch(article, "/bai-viet")).isTrue();
        assertThat(FirstSegmentHandlerMapping.mayMatch(article, "/quan-tri/bai-viet"))
                .isFalse();
        assertThat(FirstSegmentHandlerMapping.mayMatch(article, "/bai-vietx/a")).isFalse();
        assertThat(FirstSegmentHandlerMapping.mayMatch(article, "/")).isFalse();
        // what Spring decodes before matching is left to Spring
        assertThat(FirstSegmentHandlerMapping.mayMatch(article, "/b%61i-viet/a"))
                .isTrue();
        assertThat(FirstSegmentHandlerMapping.mayMatch(article, "/bai-viet;x=1/a"))
                .isTrue();
        assertThat(FirstSegmentHandlerMapping.mayMatch(Set.of(), "/anything")).isTrue();
        assertThat(FirstSegmentHandlerMapping.mayMatch(Set.of(""), "/")).isTrue();
    }

    /**
     * Every mapping of the application is found for a request built from its own pattern, by this
     * mapping as by Spring's own lookup: the shortcut never hides a route.
     */
    @Test
    void everyRouteOfTheApplicationIsStillFound() throws Exception {
        Map<RequestMappingInfo, HandlerMethod> methods = mapping.getHandlerMethods();
        Set<String> checked = new TreeSet<>();
        for (var entry : methods.entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                String path = sample(pattern);
                String method = info.getMethodsCondition().getMethods().isEmpty()
                        ? "GET"
                        : info.getMethodsCondition()
                                .getMethods()
                                .iterator()
                                .next()
                                .name();
                MockHttpServletRequest request = new MockHttpServletRequest(method, path);
                info.getParamsCondition().getExpressions().forEach(e -> {
                    if (!e.isNegated()) {
                        request.setParameter(e.getName(), e.getValue() == null ? "1" : e.getValue());
                    }
                });
                info.getHeadersCondition().getExpressions().forEach(e -> {
                    if (!e.isNegated()) {
                        request.addHeader(e.getName(), e.getValue() == null ? "1" : e.getValue());
                    }
                });
                info.getConsumesCondition().getConsumableMediaTypes().stream()
                        .findFirst()
                        .ifPresent(type -> request.setContentType(type.toString()));
                info.getProducesCondition().getProducibleMediaTypes().stream()
                        .findFirst()
                        .ifPresent(type -> request.addHeader("Accept", type.toString()));
                ServletRequestPathUtils.parseAndCache(request);
                HandlerExecutionChain chain = mapping.getHandler(request);
                assertThat(chain).as(method + " " + path).isNotNull();
                checked.add(method + " " + path);
            }
        }
        assertThat(checked).hasSizeGreaterThan(100).contains("GET /bai-viet/1", "GET /");
    }

    /** A path the pattern matches: a variable becomes 1, abc or the first of its alternatives. */
    private static String sample(String pattern) {
        Matcher variable = Pattern.compile("\\{\\*?([^}:/]+)(?::([^}]+))?}").matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String regex = variable.group(2);
            String value = regex == null
                    ? "1"
                    : Stream.of("1", "abc", regex.split("\\|")[0])
                            .filter(v -> v.matches(regex))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no sample for " + pattern));
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString().replace("**", "1").replace("*", "1");
    }
}
