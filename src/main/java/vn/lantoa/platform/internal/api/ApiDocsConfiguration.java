package vn.lantoa.platform.internal.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiLocaleCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lantoa.platform.ApiAccess;

/**
 * The OpenAPI document of {@code /api/v1/**} (ADR 0011): one RFC 9457 {@code Problem} schema that
 * every error response refers to, the {@code Idempotency-Key} header as one shared parameter, and
 * each handler's {@link ApiAccess}. Texts come from the message bundles in the request's language
 * ({@code /v3/api-docs} in Vietnamese, {@code ?lang=en} in English), as every other UI string.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static final String PROBLEM = "Problem";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENCY_PARAMETER = "IdempotencyKey";
    static final String SESSION_SCHEME = "session";

    /** Error statuses with a shared response; an operation gets those that can happen to it. */
    static final Map<String, String> ERROR_RESPONSES = Map.of(
            "400", "BadRequest",
            "401", "Unauthorized",
            "403", "Forbidden",
            "404", "NotFound",
            "429", "TooManyRequests");

    @Bean
    OperationCustomizer apiAccessCustomizer() {
        return (operation, handler) -> {
            ApiAccess access = handler.getMethodAnnotation(ApiAccess.class);
            if (access != null) {
                ApiOperations.describeAccess(operation, access);
            }
            ApiOperations.shareIdempotencyKey(operation);
            ApiOperations.addErrorResponses(operation, access);
            return operation;
        };
    }

    @Bean
    OpenApiLocaleCustomizer apiTexts(MessageSource messages) {
        return (openApi, locale) -> {
            ApiTexts texts = new ApiTexts(messages, locale);
            openApi.info(new Info()
                    .title(texts.get("api.info.title"))
                    .version("v1")
                    .description(texts.get("api.info.description")));
            openApi.components(components(openApi.getComponents(), texts));
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(op -> localise(op, texts)));
        };
    }

    private static Components components(Components existing, ApiTexts texts) {
        Components components = existing == null ? new Components() : existing;
        components.addSchemas(PROBLEM, problemSchema(texts));
        components.addParameters(
                IDEMPOTENCY_PARAMETER,
                new HeaderParameter()
                        .name(IDEMPOTENCY_KEY)
                        .required(false)
                        .description(texts.get("api.idempotencyKey"))
                        .schema(new StringSchema().maxLength(200)));
        ERROR_RESPONSES.forEach((status, name) -> components.addResponses(
                name,
                new ApiResponse()
                        .description(texts.get("error." + status + ".title"))
                        .content(ApiOperations.problemContent())));
        components.addSecuritySchemes(
                SESSION_SCHEME,
                new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE)
                        .name("SESSION")
                        .description(texts.get("api.session")));
        return components;
    }

    private static Schema<?> problemSchema(ApiTexts texts) {
        ObjectSchema problem = new ObjectSchema();
        problem.description(texts.get("api.problem"));
        problem.addProperty("type", new StringSchema().format("uri").example("about:blank"));
        problem.addProperty("title", new StringSchema().description(texts.get("api.problem.title")));
        problem.addProperty("status", new IntegerSchema().example(400));
        problem.addProperty("detail", new StringSchema().description(texts.get("api.problem.detail")));
        problem.addProperty("instance", new StringSchema().format("uri-reference"));
        problem.addProperty("field", new StringSchema().description(texts.get("api.problem.field")));
        problem.additionalProperties(true);
        return problem;
    }

    private static void localise(Operation operation, ApiTexts texts) {
        String access = ApiOperations.accessText(operation, texts);
        if (access != null) {
            String description = operation.getDescription();
            operation.setDescription(
                    description == null || description.isBlank() ? access : description + "\n\n" + access);
        }
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getDescription() != null
                        && parameter.getDescription().startsWith("api.")) {
                    parameter.setDescription(texts.get(parameter.getDescription()));
                }
            }
        }
    }

    /** Messages of one language; a missing key shows as itself so a test can spot it. */
    record ApiTexts(MessageSource messages, Locale locale) {
        String get(String key, Object... args) {
            return messages.getMessage(key, args, key, locale);
        }
    }
}
