package io.tributary.server.admin;

import io.tributary.server.account.AccountService;
import io.tributary.server.account.DeveloperCredentials;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.TributaryProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operator API: bearer {@code TRIBUTARY_ADMIN_TOKEN}; switched off entirely when the token is unset. */
@RestController
@RequestMapping("/admin/v1")
public class AdminController {
    private final AccountService accounts;
    private final TributaryProperties props;

    public AdminController(AccountService accounts, TributaryProperties props) {
        this.accounts = accounts;
        this.props = props;
    }

    public record CreateDeveloperRequest(String name) {}

    @PostMapping("/developers")
    public ResponseEntity<DeveloperCredentials> createDeveloper(
            @RequestHeader(value = "Authorization", required = false) String authorization,
            @RequestBody(required = false) CreateDeveloperRequest body) {
        checkToken(authorization);
        if (body == null) throw ApiException.badRequest("JSON body {\"name\": \"…\"} is required");
        return ResponseEntity.status(HttpStatus.CREATED).body(accounts.createDeveloper(body.name()));
    }

    private void checkToken(String authorization) {
        if (!props.adminApiEnabled())
            throw new ApiException(
                    HttpStatus.NOT_FOUND, "the admin API is disabled: set TRIBUTARY_ADMIN_TOKEN to enable it");
        String expected = "Bearer " + props.adminToken();
        if (authorization == null
                || !MessageDigest.isEqual(
                        authorization.trim().getBytes(StandardCharsets.UTF_8),
                        expected.getBytes(StandardCharsets.UTF_8)))
            throw ApiException.unauthorized("admin bearer token missing or wrong (Authorization: Bearer <token>)");
    }
}
