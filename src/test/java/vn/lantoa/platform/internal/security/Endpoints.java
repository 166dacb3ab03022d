package vn.lantoa.platform.internal.security;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.lantoa.platform.Browser;

/**
 * The application's endpoints as its request mappings declare them (a new endpoint is in the list
 * without anyone adding it), for the tests that try every one of them: the scope matrix and the
 * malformed input.
 */
final class Endpoints {

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)(?::[^}]*)?}");

    private Endpoints() {}

    /** A request parameter of a handler: its name and Java type. */
    record Param(String name, Class<?> type) {}

    /** One method and path template of a handler, e.g. {@code POST /quan-tri/van-ban/{id}/da-doc}. */
    record Endpoint(RequestMethod method, String template, HandlerMethod handler) {

        /** The handler's {@code @RequestParam}s, without files and maps. */
        List<Param> params() {
            List<Param> out = new ArrayList<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                Class<?> type = parameter.getParameterType();
                if (param == null || MultipartFile.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
                    continue;
                }
                out.add(new Param(!param.name().isEmpty() ? param.name() : parameter.getParameterName(), type));
            }
            return out;
        }

        /** The names of the handler's uploaded files. */
        List<String> fileParams() {
            List<String> out = new ArrayList<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
                    RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                    out.add(param != null && !param.name().isEmpty() ? param.name() : parameter.getParameterName());
                }
            }
            return out;
        }

        boolean takesFiles() {
            return !fileParams().isEmpty();
        }

        /** The template with each variable as {@code {name}}, without its pattern. */
        String plain() {
            return VARIABLE.matcher(template).replaceAll("{$1}");
        }

        boolean hasVariables() {
            return VARIABLE.matcher(template).find();
        }

        String fill(Function<String, String> value) {
            Matcher m = VARIABLE.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(value.apply(m.group(1))));
            }
            return m.appendTail(out).toString();
        }

        boolean api() {
            return template.startsWith("/api/");
        }

        String area() {
            return template.startsWith("/thanh-vien") ? "member" : "back office";
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** Every method × template under one of {@code prefixes}, in a stable order. */
    static List<Endpoint> discover(RequestMappingHandlerMapping mappings, List<String> prefixes) {
        Set<String> seen = new TreeSet<>();
        List<Endpoint> out = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String template : entry.getKey().getPatternValues()) {
                if (prefixes.stream().noneMatch(template::startsWith)) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    if (seen.add(method + " " + template)) {
                        out.add(new Endpoint(method, template, entry.getValue()));
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Endpoint::toString));
        return out;
    }

    /**
     * Sends {@code body} ({@code contentType}; ignored for GET and DELETE) to {@code path} as
     * {@code who}, with its CSRF token.
     */
    static HttpResponse<String> send(
            Browser who, Endpoint endpoint, String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(who.base() + path))
                .header("Accept", endpoint.api() ? "application/json" : "text/html");
        if (who.csrfToken() != null) {
            request.header("X-XSRF-TOKEN", who.csrfToken());
        }
        switch (endpoint.method()) {
            case GET -> request.GET();
            case DELETE -> request.DELETE();
            default ->
                request.header("Content-Type", contentType)
                        .method(endpoint.method().name(), body);
        }
        return who.send(request.build());
    }
}
