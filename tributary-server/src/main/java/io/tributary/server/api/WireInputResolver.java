package io.tributary.server.api;

import io.tributary.server.shared.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds {@link FromWire} parameters: reads the body once (as the source allows), parses it, and hands a {@link
 * WireInput} to the record's static {@code from(WireInput)} factory. Errors keep the wording the endpoints have
 * always answered with.
 */
@Component
public class WireInputResolver implements HandlerMethodArgumentResolver {
    private final JsonMapper json;
    private final Map<Class<?>, MethodHandle> factories = new ConcurrentHashMap<>();

    public WireInputResolver(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supportsParameter(MethodParameter p) {
        return p.hasParameterAnnotation(FromWire.class);
    }

    @Override
    public Object resolveArgument(
            MethodParameter p, ModelAndViewContainer mav, NativeWebRequest web, WebDataBinderFactory binders)
            throws IOException {
        HttpServletRequest req = web.getNativeRequest(HttpServletRequest.class);
        FromWire.Source source = p.getParameterAnnotation(FromWire.class).value();
        WireInput in = switch (source) {
            case QUERY -> new WireInput(null, req);
            case BODY -> new WireInput(strictBody(req), null);
            case BODY_OR_QUERY -> new WireInput(looseBody(req), req);
        };
        try {
            return factory(p.getParameterType()).invoke(in);
        } catch (RuntimeException | Error e) {
            throw e; // an ApiException is the client's 400
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The endpoints that used to take a {@code @RequestBody String}: any content type, a form body is read as
     * parameters, and a body must be a JSON object.
     */
    private JsonNode looseBody(HttpServletRequest req) throws IOException {
        String type = req.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) return null;
        String raw = text(req);
        if (raw.isBlank()) return null;
        JsonNode node;
        try {
            node = json.readTree(raw);
        } catch (JacksonException e) {
            throw ApiException.badRequest("the request body is not valid JSON");
        }
        if (!node.isObject()) throw ApiException.badRequest("the request body must be a JSON object");
        return node;
    }

    /** The endpoints that used to take a {@code @RequestBody JsonNode}: a JSON content type, any JSON value. */
    private JsonNode strictBody(HttpServletRequest req) throws IOException {
        String raw = text(req);
        if (raw.isEmpty()) return null;
        String type = req.getContentType() == null ? "application/octet-stream" : req.getContentType();
        String t = type.toLowerCase(Locale.ROOT);
        if (!t.startsWith("application/json") && !t.matches("application/[^;]*\\+json.*"))
            throw new ApiException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "content type " + type + " is not supported; send [application/json, application/*+json]");
        try {
            return json.readTree(raw);
        } catch (JacksonException e) {
            String m = e.getOriginalMessage() == null ? "" : ": " + firstLine(e.getOriginalMessage());
            throw ApiException.badRequest("request body is missing or is not valid JSON of the expected shape" + m);
        }
    }

    private static String text(HttpServletRequest req) throws IOException {
        Charset cs = req.getCharacterEncoding() == null
                ? StandardCharsets.UTF_8
                : Charset.forName(req.getCharacterEncoding());
        try (InputStream in = req.getInputStream()) {
            return new String(in.readAllBytes(), cs);
        }
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\n');
        String line = i < 0 ? s : s.substring(0, i);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private MethodHandle factory(Class<?> type) {
        return factories.computeIfAbsent(type, t -> {
            try {
                var m = t.getDeclaredMethod("from", WireInput.class);
                if (!Modifier.isStatic(m.getModifiers()) || m.getReturnType() != t)
                    throw new NoSuchMethodException("static " + t.getSimpleName() + " from(WireInput)");
                m.setAccessible(true);
                return MethodHandles.lookup().unreflect(m).asType(MethodType.methodType(Object.class, WireInput.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(
                        t.getName() + " is bound with @FromWire but has no static from(WireInput) factory", e);
            }
        });
    }
}
