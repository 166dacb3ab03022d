package vn.lantoa.platform.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.platform.ApiAccess;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;

/**
 * Every {@code /api/v1} handler is in {@code /v3/api-docs} and says who may call it; the document
 * holds nothing else, speaks Vietnamese and English, refers its errors to the one problem schema
 * and is readable without signing in.
 */
@LanToaIntegrationTest
class ApiDocsTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static JsonNode vi;
    static JsonNode en;

    /** One documented API operation: method and path as OpenAPI writes it. */
    record Endpoint(String method, String path, HandlerMethod handler) {
        String key() {
            return method + " " + path;
        }
    }

    JsonNode docs(String query) {
        HttpResponse<String> response = new Browser(port).get("/v3/api-docs" + query, "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    JsonNode vietnamese() {
        if (vi == null) {
            vi = docs("");
        }
        return vi;
    }

    JsonNode english() {
        if (en == null) {
            en = docs("?lang=en");
        }
        return en;
    }

    List<Endpoint> apiHandlers() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            Set<String> patterns = e.getKey().getPatternValues();
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(method.name().toLowerCase(), openApiPath(pattern), e.getValue()));
                }
            }
        }
        return endpoints;
    }

    /** {@code /a/{id:\d+}} as OpenAPI writes it: {@code /a/{id}}. */
    static String openApiPath(String pattern) {
        return pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
    }

    @Test
    void everyApiHandlerIsDocumentedAndSaysWhoMayCallIt() {
        List<Endpoint> handlers = apiHandlers();
        assertThat(handlers).hasSizeGreaterThanOrEqualTo(15);
        JsonNode paths = vietnamese().get("paths");
        List<String> undocumented = new ArrayList<>();
        List<String> withoutAccess = new ArrayList<>();
        for (Endpoint endpoint : handlers) {
            JsonNode operation = paths.path(endpoint.path()).path(endpoint.method());
            if (operation.isMissingNode()) {
                undocumented.add(endpoint.key());
            }
            ApiAccess access = endpoint.handler().getMethodAnnotation(ApiAccess.class);
            if (access == null) {
                withoutAccess.add(endpoint.key() + " (" + endpoint.handler() + ")");
                continue;
            }
            if (!operation.isMissingNode()) {
                JsonNode documented = operation.get(ApiOperations.ACCESS_EXTENSION);
                assertThat(documented).as(endpoint.key()).isNotNull();
                assertThat(documented.get("anonymous").asBoolean()).isEqualTo(access.anonymous());
                List<String> roles = new ArrayList<>();
                documented.get("roles").forEach(r -> roles.add(r.asString()));
                assertThat(roles)
                        .as(endpoint.key())
                        .containsExactlyElementsOf(
                                Arrays.stream(access.value()).map(Role::name).toList());
            }
        }
        assertThat(undocumented).as("handlers missing from /v3/api-docs").isEmpty();
        assertThat(withoutAccess).as("handlers without @ApiAccess").isEmpty();
    }

    @Test
    void documentsOnlyTheJsonApi() {
        Set<String> documented = new TreeSet<>();
        vietnamese().get("paths").propertyNames().forEach(documented::add);
        Set<String> handled = new TreeSet<>();
        apiHandlers().forEach(e -> handled.add(e.path()));
        assertThat(documented).isEqualTo(handled);
    }

    @Test
    void everyOperationHasVietnameseAndEnglishTextsAndItsAccessInWords() {
        forEachOperation(vietnamese(), (key, op) -> {
            assertThat(op.path("summary").asString()).as(key).isNotBlank().doesNotContain(".api.");
            assertThat(op.path("description").asString())
                    .as(key)
                    .doesNotContain(".api.")
                    .contains("**Quyền:**");
        });
        forEachOperation(english(), (key, op) -> {
            assertThat(op.path("description").asString()).as(key).contains("**Access:**");
            assertThat(op.path("summary").asString())
                    .as(key)
                    .isNotEqualTo(vietnamese()
                            .at("/paths/" + pointer(key.split(" ")[1]) + "/" + key.split(" ")[0] + "/summary")
                            .asString());
        });
        assertThat(vietnamese().at("/info/title").asString()).isEqualTo("API JSON của LanToa");
        assertThat(english().at("/info/title").asString()).isEqualTo("LanToa JSON API");
        assertThat(vietnamese()
                        .at("/paths/" + pointer("/api/v1/claims/similar") + "/get/description")
                        .asString())
                .contains("HANDLER, ADMIN");
        assertThat(vietnamese()
                        .at("/paths/" + pointer("/api/v1/reports") + "/post/description")
                        .asString())
                .contains("ai cũng gọi được");
    }

    @Test
    void errorResponsesReferToTheOneProblemSchema() {
        JsonNode problem = vietnamese().at("/components/schemas/Problem");
        assertThat(problem.path("properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance");
        vietnamese()
                .at("/components/responses")
                .forEach(response -> assertThat(response.at("/content/application~1problem+json/schema/$ref")
                                .asString())
                        .isEqualTo("#/components/schemas/Problem"));
        List<String> refs = new ArrayList<>();
        forEachOperation(
                vietnamese(),
                (key, op) -> op.path("responses").properties().forEach(r -> {
                    if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                        String ref = r.getValue().path("$ref").asString();
                        refs.add(key + " " + r.getKey() + " "
                                + (ref.isEmpty()
                                        ? r.getValue()
                                                .at("/content/application~1problem+json/schema/$ref")
                                                .asString()
                                        : ref));
                    }
                }));
        assertThat(refs)
                .isNotEmpty()
                .allMatch(
                        r -> r.contains(" #/components/responses/") || r.endsWith(" #/components/schemas/Problem"),
                        "refers to the problem schema, directly or through a shared response");
        assertThat(refs)
                .contains(
                        "post /api/v1/reports 429 #/components/schemas/Problem",
                        "get /api/v1/claims/similar 403 #/components/responses/Forbidden",
                        "get /api/v1/to-chuc/don-vi/{id} 404 #/components/responses/NotFound",
                        "get /api/v1/links/check 401 #/components/responses/Unauthorized");
        // anonymous and without a path: only its query (view) is input that could be refused
        assertThat(refs)
                .filteredOn(r -> r.startsWith("get /api/v1/visits "))
                .containsExactly("get /api/v1/visits 400 #/components/responses/BadRequest");
    }

    @Test
    void theIdempotencyKeyIsDocumentedWhereItIsHonoured() {
        JsonNode shared = vietnamese().at("/components/parameters/IdempotencyKey");
        assertThat(shared.path("name").asString()).isEqualTo("Idempotency-Key");
        assertThat(shared.path("in").asString()).isEqualTo("header");
        assertThat(shared.path("description").asString()).isNotBlank();
        Set<String> honouring = new TreeSet<>();
        forEachOperation(
                vietnamese(),
                (key, op) -> op.path("parameters").forEach(p -> {
                    if (p.path("$ref").asString().equals("#/components/parameters/IdempotencyKey")) {
                        honouring.add(key);
                    }
                    assertThat(p.path("name").asString()).as(key).isNotEqualToIgnoringCase("Idempotency-Key");
                }));
        assertThat(honouring)
                .containsExactlyInAnyOrder(
                        "post /api/v1/articles",
                        "post /api/v1/reports",
                        "post /api/v1/shares",
                        "post /api/v1/rebuttals");
    }

    @Test
    void requestAndResponseSchemasAreDescribed() {
        JsonNode report = vietnamese().at("/paths/" + pointer("/api/v1/reports") + "/post");
        assertThat(report.at("/requestBody/content/application~1json/schema/$ref")
                        .asString())
                .endsWith("ReportBody");
        assertThat(report.at("/responses/201/content").toString()).contains("FiledJson");
        JsonNode schemas = vietnamese().at("/components/schemas");
        assertThat(schemas.at("/ReportBody/properties").propertyNames()).contains("content", "links", "category");
        assertThat(schemas.at("/ActionJson/properties").propertyNames()).contains("canonicalUrl", "duplicate");
        assertThat(vietnamese()
                        .at("/paths/" + pointer("/api/v1/shares") + "/post/responses/201/content")
                        .toString())
                .contains("ActionJson");
    }

    @Test
    void theDocsAreReadableWithoutSigningInAndKeepTheSitesPolicy() {
        Browser anonymous = new Browser(port);
        String sitePolicy = anonymous
                .get("/")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow();
        for (String path : List.of("/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui/index.html")) {
            HttpResponse<String> response = anonymous.get(path, "*/*");
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .contains(sitePolicy);
        }
        assertThat(anonymous.get("/swagger-ui.html").statusCode()).isIn(200, 302);
        assertThat(sitePolicy).contains("script-src 'self'").doesNotContain("unsafe-inline");
    }

    interface OperationCheck {
        void check(String key, JsonNode operation);
    }

    static void forEachOperation(JsonNode docs, OperationCheck check) {
        docs.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(op -> check.check(op.getKey() + " " + path.getKey(), op.getValue())));
    }

    static String pointer(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }
}
