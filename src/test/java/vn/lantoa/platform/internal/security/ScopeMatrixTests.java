package vn.lantoa.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.internal.security.Endpoints.Endpoint;

/**
 * Issue 16's scope matrix: every back-office, API and member-area endpoint, discovered from the
 * request mappings, tried by the people who must not get through, with ids from another branch.
 *
 * <ul>
 *   <li>the unit manager of Tiểu Cần ({@code quanly}) with the ids of Hùng Hòa's units, members,
 *       groups, campaigns, directives, reports and shares, and of another user's jobs;
 *   <li>a member ({@code thanhvien}) on every back-office and API endpoint, and with Hùng Hòa's ids
 *       on the member area's;
 *   <li>each back-office role's demo user (editor, reviewer, handler, unit manager) on every
 *       endpoint of the back-office areas that belong to other roles;
 *   <li>nobody signed in, on all of them.
 * </ul>
 *
 * <p>An endpoint whose path has an id nobody here knows how to fill fails the test, so a new
 * endpoint is covered or decided on, never left out. Every refusal of a signed-in person is in the
 * audit log as {@code access.refused}.
 */
@LanToaIntegrationTest
class ScopeMatrixTests {

    private static final List<String> GUARDED = List.of("/quan-tri", "/api/v1", "/thanh-vien");

    /**
     * Text parameters that a handler parses before it calls its service (an id or a state typed
     * in a form): given a value that parses, so that the service's scope check is what answers.
     */
    private static final Map<String, String> TEXT_VALUES =
            Map.of("articleId", "1", "assignee", "1", "target", "1", "status", "IN_VERIFICATION", "verdict", "FALSE");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ForeignIds foreign;

    @BeforeEach
    void foreignBranch() {
        foreign = new ForeignIds(jdbc);
    }

    List<Endpoint> endpoints() {
        return Endpoints.discover(mappings, GUARDED);
    }

    /**
     * A form with every request parameter of the handler, so that binding passes and the
     * handler's own checks are what answers: numbers 1, text, the first constant of an enum.
     */
    private static String form(Endpoint endpoint) {
        java.util.StringJoiner out = new java.util.StringJoiner("&");
        for (Endpoints.Param param : endpoint.params()) {
            Class<?> type = org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(param.type());
            String value;
            if (Number.class.isAssignableFrom(type) || List.class.isAssignableFrom(type)) {
                value = "1";
            } else if (type == Boolean.class) {
                value = "true";
            } else if (type.isEnum()) {
                value = ((Enum<?>) type.getEnumConstants()[0]).name();
            } else if (type == java.time.LocalDate.class) {
                value = "2026-01-05";
            } else {
                value = TEXT_VALUES.getOrDefault(param.name(), "Ma tr%E1%BA%ADn");
            }
            out.add(param.name() + "=" + value);
        }
        return out.toString();
    }

    private HttpResponse<String> attempt(Browser who, Endpoint endpoint, String path) {
        return Endpoints.send(
                who,
                endpoint,
                path,
                endpoint.api() ? "application/json" : "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString(endpoint.api() ? "{}" : form(endpoint)));
    }

    /** A refusal: 403 or 404 (another branch's id is "not found"), or 401 for an API without a session. */
    private static boolean refused(HttpResponse<String> response) {
        return response.statusCode() == 403 || response.statusCode() == 404 || response.statusCode() == 401;
    }

    private static boolean sentToSignIn(HttpResponse<String> response) {
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").contains("/dang-nhap");
    }

    @Test
    void everyEndpointWithAnIdIsKnownToTheMatrix() {
        List<String> unknown = endpoints().stream()
                .filter(Endpoint::hasVariables)
                .map(Endpoint::plain)
                .distinct()
                .filter(t -> !foreign.knows(t))
                .toList();
        assertThat(unknown)
                .as("endpoints with an id the scope matrix cannot fill: add them to ForeignIds")
                .isEmpty();
        assertThat(endpoints()).as("the matrix found the endpoints").hasSizeGreaterThan(60);
    }

    /** What a signed-in person's attempts gave: the refusals (method and path) and what got through. */
    record Outcome(List<String> refused, Map<String, Integer> gotThrough, int malformed) {

        int attempts() {
            return refused.size() + gotThrough.size() + malformed;
        }
    }

    /** {@code username} signed in, with the CSRF token of {@code home}. */
    private Browser signedIn(String username, String home) {
        Browser who = new Browser(port);
        who.signIn(username, LanToaIntegrationTest.DEMO_PASSWORD);
        who.get(home);
        return who;
    }

    private Outcome attemptAll(Browser who, java.util.function.Predicate<Endpoint> which) {
        List<String> refused = new ArrayList<>();
        Map<String, Integer> gotThrough = new LinkedHashMap<>();
        int malformed = 0;
        for (Endpoint endpoint : endpoints()) {
            if (!which.test(endpoint)) {
                continue;
            }
            String path = endpoint.fill(name -> foreign.id(endpoint.plain(), name));
            HttpResponse<String> response = attempt(who, endpoint, path);
            if (refused(response)) {
                refused.add(endpoint.method() + " " + path);
            } else if (response.statusCode() == 400 && path.startsWith("/api/")) {
                malformed++; // a JSON body of "{}" is refused as incomplete before any data is read
            } else {
                gotThrough.put(endpoint.method() + " " + path, response.statusCode());
            }
        }
        return new Outcome(refused, gotThrough, malformed);
    }

    /** The refusals of {@code username} audited since {@code afterId}, as "METHOD path". */
    private List<String> auditedSince(String username, long afterId) {
        return jdbc.sql("SELECT detail FROM acc_audit_log WHERE action = 'access.refused' AND username = ?"
                        + " AND id > ? ORDER BY id")
                .params(username, afterId)
                .query(String.class)
                .list();
    }

    private long lastAuditId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM acc_audit_log")
                .query(Long.class)
                .single();
    }

    private void assertAudited(String username, long afterId, List<String> refused) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(auditedSince(username, afterId))
                        .as("each refusal audited")
                        .containsExactlyInAnyOrderElementsOf(refused));
    }

    @Test
    void aUnitManagerGetsNothingOfAnotherBranchAndEachRefusalIsAudited() {
        Browser manager = signedIn("quanly", "/quan-tri");
        long audit = lastAuditId();
        Outcome outcome = attemptAll(manager, e -> e.hasVariables() && foreign.branchOwned(e.plain()));
        System.out.printf(
                "scope matrix, unit manager × another branch's ids: %d attempts, %d refused, %d got through%n",
                outcome.attempts(),
                outcome.refused().size(),
                outcome.gotThrough().size());
        assertThat(outcome.gotThrough()).as("answers other than a refusal").isEmpty();
        assertThat(outcome.malformed()).isZero();
        assertThat(outcome.refused()).hasSizeGreaterThan(20);
        assertAudited("quanly", audit, outcome.refused());
    }

    @Test
    void aMemberGetsNoBackOfficeNorApiEndpointNorAnotherBranchsMemberPage() {
        Browser member = signedIn("thanhvien", "/thanh-vien");
        long audit = lastAuditId();
        Outcome outcome = attemptAll(
                member,
                e -> e.area().equals("member")
                        ? e.hasVariables() && foreign.branchOwned(e.plain()) // else the member's own pages
                        : !foreign.openToMembers(e.toString()));
        System.out.printf(
                "scope matrix, member × back office, API and another branch's ids: %d attempts, %d refused,"
                        + " %d API calls refused as incomplete (400), %d got through%n",
                outcome.attempts(),
                outcome.refused().size(),
                outcome.malformed(),
                outcome.gotThrough().size());
        assertThat(outcome.gotThrough()).as("answers other than a refusal").isEmpty();
        assertThat(outcome.refused()).hasSizeGreaterThan(80);
        assertAudited("thanhvien", audit, outcome.refused());
    }

    @Test
    void nobodySignedInGetsAnyOfThem() {
        Browser anonymous = new Browser(port);
        anonymous.get("/dang-nhap");
        Map<String, Integer> gotThrough = new LinkedHashMap<>();
        int attempts = 0;
        for (Endpoint endpoint : endpoints()) {
            if (foreign.isPublic(endpoint.toString())) {
                continue;
            }
            String path = endpoint.fill(name -> foreign.id(endpoint.plain(), name));
            HttpResponse<String> response = attempt(anonymous, endpoint, path);
            attempts++;
            boolean incomplete = response.statusCode() == 400 && path.startsWith("/api/");
            if (!refused(response) && !sentToSignIn(response) && !incomplete) {
                gotThrough.put(endpoint.method() + " " + path, response.statusCode());
            }
        }
        System.out.printf("scope matrix, nobody signed in: %d attempts%n", attempts);
        assertThat(gotThrough)
                .as("answers other than 401/403/404 or the sign-in page")
                .isEmpty();
    }

    /**
     * The back-office areas ({@code /quan-tri/<area>/...}) each role's demo user may use, as the
     * README's table of roles says; every other area must refuse them. ADMIN alone has the rest:
     * site settings, official sources, the audit log, visits and deliveries.
     */
    private static final Map<String, java.util.Set<String>> AREAS_OF = Map.of(
            "bientap",
            java.util.Set.of("", "bai-viet", "chien-dich", "van-ban", "tham-gia", "thong-ke"),
            "kiemduyet",
            java.util.Set.of("", "bai-viet"),
            "xuly",
            java.util.Set.of("", "phan-anh"),
            "quanly",
            java.util.Set.of(
                    "",
                    "chien-dich",
                    "van-ban",
                    "ghi-nhan",
                    "tham-gia",
                    "thong-ke",
                    "don-vi",
                    "thanh-vien",
                    "nhom",
                    "tai-khoan"));

    /** {@code /quan-tri/tham-gia.xlsx} → {@code tham-gia}; {@code /quan-tri} → the empty area (the home page). */
    static String area(String template) {
        String rest = template.replaceFirst("^/quan-tri/?", "");
        return rest.replaceFirst("[/.].*$", "");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"bientap", "kiemduyet", "xuly", "quanly"})
    void eachBackOfficeRoleIsRefusedTheAreasOfTheOthersAndEachRefusalIsAudited(String username) {
        java.util.Set<String> own = AREAS_OF.get(username);
        Browser who = signedIn(username, "/quan-tri");
        long audit = lastAuditId();
        Outcome outcome =
                attemptAll(who, e -> e.template().startsWith("/quan-tri") && !own.contains(area(e.template())));
        System.out.printf(
                "scope matrix, %s × the back-office areas of other roles: %d attempts, %d refused, %d got through%n",
                username,
                outcome.attempts(),
                outcome.refused().size(),
                outcome.gotThrough().size());
        assertThat(outcome.gotThrough()).as("answers other than a refusal").isEmpty();
        assertThat(outcome.refused()).hasSizeGreaterThan(15);
        assertAudited(username, audit, outcome.refused());
    }
}
