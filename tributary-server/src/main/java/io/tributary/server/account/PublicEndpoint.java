package io.tributary.server.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code /v2} handler (method or controller class) that does not need {@code dev-id} + {@code
 * x-api-key}: {@code GET /v2/integrations*}, browser-facing OAuth callbacks and widget pages, signed payload
 * links. When a {@code dev-id} header is present it is still resolved (see {@link
 * RequestEnvironment#optional}).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicEndpoint {}
