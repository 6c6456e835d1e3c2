package io.tributary.server.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Maps every exception a controller can throw to problem+json; bad input is always 4xx, never 500. */
@RestControllerAdvice
public class ProblemExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> api(ApiException e, HttpServletRequest req) {
        return Problems.response(e.status(), Problems.instance(req), e.detail());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingParam(
            MissingServletRequestParameterException e, HttpServletRequest req) {
        return bad(req, "query parameter '" + e.getParameterName() + "' is required");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Map<String, Object>> missingHeader(MissingRequestHeaderException e, HttpServletRequest req) {
        return bad(req, "header '" + e.getHeaderName() + "' is required");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e, HttpServletRequest req) {
        return bad(req, "multipart field '" + e.getRequestPartName() + "' is required");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest req) {
        String expected = e.getRequiredType() == null ? "a valid value" : describe(e.getRequiredType());
        return bad(
                req, "parameter '" + e.getName() + "' has invalid value '" + e.getValue() + "': expected " + expected);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HttpServletRequest req) {
        Throwable root = e.getMostSpecificCause();
        String why = root == null || root.getMessage() == null ? "" : ": " + firstLine(root.getMessage());
        return bad(req, "request body is missing or is not valid JSON of the expected shape" + why);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e, HttpServletRequest req) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + " " + f.getDefaultMessage())
                .collect(Collectors.joining("; "));
        return bad(req, detail.isEmpty() ? "invalid request body" : detail);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e, HttpServletRequest req) {
        return Problems.response(
                HttpStatus.METHOD_NOT_ALLOWED,
                Problems.instance(req),
                "method " + e.getMethod() + " is not supported here; supported: " + e.getSupportedHttpMethods());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest req) {
        return Problems.response(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                Problems.instance(req),
                "content type " + e.getContentType() + " is not supported; send " + e.getSupportedMediaTypes());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest req) {
        return Problems.response(
                HttpStatus.NOT_ACCEPTABLE, Problems.instance(req), "this resource is served as application/json");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest req) {
        return Problems.response(
                HttpStatus.PAYLOAD_TOO_LARGE, Problems.instance(req), "upload exceeds the configured size limit");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> noResource(NoResourceFoundException e, HttpServletRequest req) {
        return Problems.response(
                HttpStatus.NOT_FOUND, Problems.instance(req), "no such endpoint: " + req.getRequestURI());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e, HttpServletRequest req) {
        log.error("Unhandled error on {} {}", req.getMethod(), req.getRequestURI(), e);
        return Problems.response(
                HttpStatus.INTERNAL_SERVER_ERROR,
                Problems.instance(req),
                "internal error; the server log has the details (no data was changed by a failed request)");
    }

    private static ResponseEntity<Map<String, Object>> bad(HttpServletRequest req, String detail) {
        return Problems.response(HttpStatus.BAD_REQUEST, Problems.instance(req), detail);
    }

    private static String describe(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) return "an integer";
        if (type.isEnum()) return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        if (type == java.util.UUID.class) return "a UUID";
        return "a " + type.getSimpleName();
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\n');
        String line = i < 0 ? s : s.substring(0, i);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
