package vn.lantoa;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The modules' routes classes ({@code PlatformRoutes}, {@code NewsroomRoutes}, ...) are what
 * templates link to (issue 19): each address they name must be one a controller maps, spelled the
 * same, or the link goes nowhere while the build stays green.
 */
class RoutesTests {

    /** Addresses that are no controller's: each with the reason. */
    private static final Map<String, String> NOT_MAPPED = Map.of(
            "PlatformRoutes.LOGOUT", "Spring Security's logout filter answers it",
            "PlatformRoutes.ACCOUNT", "the prefix of the signed-in user's own pages, secured as such",
            "PortalRoutes.CATEGORY_PREFIX", "the prefix of every category's page",
            "ReportsRoutes.REPORT", "the prefix of the actions on one report");

    @Test
    void everyAddressOfARoutesClassIsMappedByAController() {
        Set<String> mapped = mappedPatterns();
        Map<String, String> unmapped = new TreeMap<>();
        routes().forEach((name, path) -> {
            if (!mapped.contains(path) && !NOT_MAPPED.containsKey(name)) {
                unmapped.put(name, path);
            }
        });
        assertThat(unmapped).isEmpty();
    }

    /** The rule can fail: the exceptions are real routes constants, and nothing maps them. */
    @Test
    void theExceptionsAreRoutesThatNothingMaps() {
        Map<String, String> routes = routes();
        assertThat(routes).containsKeys(NOT_MAPPED.keySet().toArray(String[]::new));
        assertThat(NOT_MAPPED.keySet()).noneMatch(name -> mappedPatterns().contains(routes.get(name)));
    }

    /** Every public address constant of the classes named {@code …Routes}, by {@code Class.FIELD}. */
    private static Map<String, String> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Routes")));
        Map<String, String> routes = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("vn.lantoa")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            for (Field field : type.getDeclaredFields()) {
                int m = field.getModifiers();
                if (Modifier.isPublic(m) && Modifier.isStatic(m) && field.getType() == String.class) {
                    String value = (String) get(field);
                    if (value.startsWith("/")) {
                        routes.put(type.getSimpleName() + "." + field.getName(), value);
                    }
                }
            }
        }
        assertThat(routes).as("the routes classes were found").hasSizeGreaterThan(50);
        return routes;
    }

    /** The paths of every handler method of every controller, class prefix included. */
    private static Set<String> mappedPatterns() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        return scanner.findCandidateComponents("vn.lantoa").stream()
                .map(c -> ClassUtils.resolveClassName(c.getBeanClassName(), null))
                .flatMap(RoutesTests::paths)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static Stream<String> paths(Class<?> controller) {
        RequestMapping root = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
        List<String> prefixes = root == null || root.path().length == 0 ? List.of("") : List.of(root.path());
        return Arrays.stream(controller.getDeclaredMethods())
                .map(m -> AnnotatedElementUtils.findMergedAnnotation(m, RequestMapping.class))
                .filter(java.util.Objects::nonNull)
                .flatMap(mapping -> {
                    List<String> own = mapping.path().length == 0 ? List.of("") : List.of(mapping.path());
                    return prefixes.stream().flatMap(p -> own.stream().map(o -> p + o));
                });
    }

    private static Object get(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
