package io.tributary.server.account;

import io.tributary.server.shared.ApiException;
import org.springframework.http.HttpStatus;

/** The environment already has its maximum of connected users (docs/decisions.md#4). */
public class UserLimitReachedException extends ApiException {
    public static final String REASON = "user_limit_reached";

    public UserLimitReachedException(String environment, int cap) {
        super(
                HttpStatus.FORBIDDEN,
                "user limit reached: the " + environment + " environment allows at most " + cap
                        + " connected users; deauthenticate users (DELETE /v2/auth/deauthenticateUser) to free"
                        + " slots, or use the production environment");
    }
}
