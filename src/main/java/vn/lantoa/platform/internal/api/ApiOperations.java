package vn.lantoa.platform.internal.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lantoa.platform.ApiAccess;
import vn.lantoa.platform.Role;

/** What {@link ApiDocsConfiguration} adds to each operation, language-independent. */
final class ApiOperations {

    static final String ACCESS_EXTENSION = "x-lantoa-access";

    private ApiOperations() {}

    static void describeAccess(Operation operation, ApiAccess access) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("anonymous", access.anonymous());
        value.put("roles", Arrays.stream(access.value()).map(Role::name).toList());
        operation.addExtension(ACCESS_EXTENSION, value);
        if (!access.anonymous()) {
            operation.addSecurityItem(new SecurityRequirement().addList(ApiDocsConfiguration.SESSION_SCHEME));
        }
    }

    /** The header as one shared, described parameter instead of a bare string per operation. */
    static void shareIdempotencyKey(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        if (parameters == null) {
            return;
        }
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            if ("header".equals(p.getIn()) && ApiDocsConfiguration.IDEMPOTENCY_KEY.equalsIgnoreCase(p.getName())) {
                parameters.set(
                        i,
                        new Parameter().$ref("#/components/parameters/" + ApiDocsConfiguration.IDEMPOTENCY_PARAMETER));
            }
        }
    }

    /** The problem responses that can happen to this operation, all referring to the one schema. */
    static void addErrorResponses(Operation operation, ApiAccess access) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasInput = operation.getRequestBody() != null
                || parameters.stream().anyMatch(p -> p.getIn() != null && !"header".equals(p.getIn()));
        if (hasInput) {
            addIfAbsent(responses, "400");
        }
        if (access == null || !access.anonymous()) {
            addIfAbsent(responses, "401");
        }
        if (access != null && access.value().length > 0) {
            addIfAbsent(responses, "403");
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            addIfAbsent(responses, "404");
        }
        // a status the handler declared itself (e.g. 429) keeps its own words, with the problem shape
        responses.forEach((status, response) -> {
            if (response.get$ref() == null && (status.startsWith("4") || status.startsWith("5"))) {
                response.setContent(problemContent());
            }
        });
        operation.setResponses(responses);
    }

    static Content problemContent() {
        return new Content()
                .addMediaType(
                        org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref(ApiDocsConfiguration.PROBLEM)));
    }

    private static void addIfAbsent(ApiResponses responses, String status) {
        responses.putIfAbsent(status, reference(status));
    }

    private static ApiResponse reference(String status) {
        return new ApiResponse().$ref("#/components/responses/" + ApiDocsConfiguration.ERROR_RESPONSES.get(status));
    }

    /** "Who may call it" in the document's language, from the extension {@link #describeAccess} wrote. */
    @SuppressWarnings("unchecked")
    static String accessText(Operation operation, ApiDocsConfiguration.ApiTexts texts) {
        if (operation.getExtensions() == null
                || !(operation.getExtensions().get(ACCESS_EXTENSION) instanceof Map<?, ?> access)) {
            return null;
        }
        List<String> roles = (List<String>) access.get("roles");
        if (Boolean.TRUE.equals(access.get("anonymous"))) {
            return texts.get("api.access.anonymous");
        }
        if (roles == null || roles.isEmpty()) {
            return texts.get("api.access.signedIn");
        }
        return texts.get("api.access.roles", String.join(", ", roles));
    }
}
