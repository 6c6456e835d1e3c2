package io.tributary.server.api;

import io.tributary.server.account.UserService;
import io.tributary.server.shared.ApiException;
import java.util.Locale;
import java.util.UUID;

/** Query-parameter parsing with errors that name the parameter (never a 500). */
public final class Params {
    private Params() {}

    /** A user id that is not even a UUID cannot exist: same 404 as an unknown one. */
    public static UUID userId(String value) {
        if (value == null || value.isBlank()) throw ApiException.badRequest("query parameter 'user_id' is required");
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("user not found: '" + value + "' is not a known user_id");
        }
    }

    public static UUID userIdOrNull(String value) {
        return value == null || value.isBlank() ? null : userId(value);
    }

    public static boolean bool(String name, String value, boolean dflt) {
        if (value == null || value.isBlank()) return dflt;
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default ->
                throw ApiException.badRequest("parameter '" + name + "' must be true or false, got '" + value + "'");
        };
    }

    public static int nonNegativeInt(String name, String value, int dflt, int max) {
        if (value == null || value.isBlank()) return dflt;
        try {
            int v = Integer.parseInt(value.trim());
            if (v < 0) throw new NumberFormatException();
            if (v > max) throw ApiException.badRequest("parameter '" + name + "' must be at most " + max);
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(
                    "parameter '" + name + "' must be a non-negative integer, got '" + value + "'");
        }
    }

    public static ApiException userNotFound(UUID id) {
        return UserService.userNotFound(id);
    }
}
