package io.tributary.server.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller parameter bound by {@link WireInputResolver}: a request record built by its static {@code
 * from(WireInput)} factory from what the client sent. This is the one place that knows Terra's loose wire habits
 * (old SDKs put body fields in the query string, form posts, unknown fields), so controllers only see records.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface FromWire {
    Source value() default Source.BODY_OR_QUERY;

    enum Source {
        /**
         * A JSON object body or, field by field, query parameters (the body wins): Terra's Java client sends
         * everything as query parameters with an empty body, the JS client a JSON body. A form-encoded body is
         * read as parameters.
         */
        BODY_OR_QUERY,
        /** Only the JSON body (any JSON value; the record checks its shape); query parameters are not read. */
        BODY,
        /** Only query parameters; the body is not read (the data reads, where every microsecond counts). */
        QUERY
    }
}
