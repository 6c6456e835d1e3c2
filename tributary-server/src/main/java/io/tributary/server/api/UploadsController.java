package io.tributary.server.api;

import io.tributary.server.ingest.UploadService;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.User;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * File uploads (Tributary addition): {@code POST /v2/uploads} takes a FIT/GPX/TCX file, an Apple Health export or
 * Google Takeout data as multipart field {@code file} or as the raw body ({@code ?filename=}), for {@code user_id} or
 * a new {@code UPLOAD} user with {@code reference_id}; {@code GET /v2/uploads/{id}} reports progress.
 */
@RestController
@RequestMapping("/v2/uploads")
public class UploadsController {
    private final UploadService uploads;

    public UploadsController(UploadService uploads) {
        this.uploads = uploads;
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> upload(
            EnvironmentRecord env,
            HttpServletRequest request,
            @RequestParam(name = "user_id", required = false) String userId,
            @RequestParam(name = "reference_id", required = false) String referenceId,
            @RequestParam(name = "filename", required = false) String filename)
            throws IOException, ServletException {
        UUID uid = userId == null || userId.isBlank() ? null : Params.userId(userId);
        if (uid == null && (referenceId == null || referenceId.isBlank())) {
            throw ApiException.badRequest("pass user_id (an existing user) or reference_id (creates a user of provider"
                    + " UPLOAD for your end user)");
        }
        if (uid != null) {
            uploads.resolveUser(env, uid, null); // 404 before the body is read
        }
        String contentType =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        UploadService.Staged staged;
        if (contentType.startsWith("multipart/")) {
            Part part = request.getPart("file");
            if (part == null) {
                throw ApiException.badRequest("the multipart request has no part named 'file'");
            }
            String name = filename != null ? filename : part.getSubmittedFileName();
            try (InputStream in = part.getInputStream()) {
                staged = uploads.stage(in, name);
            } finally {
                part.delete();
            }
        } else {
            try (InputStream in = request.getInputStream()) {
                staged = uploads.stage(in, filename);
            }
        }
        User user;
        try {
            user = uploads.resolveUser(env, uid, referenceId);
        } catch (RuntimeException e) {
            uploads.discard(staged);
            throw e;
        }
        String id = uploads.queue(env, user, staged);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("upload_id", id);
        body.put("user_id", user.id().toString());
        body.put("format", staged.format().name());
        body.put("state", "queued");
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
    }

    @GetMapping("/{id}")
    public Map<String, Object> status(EnvironmentRecord env, @PathVariable("id") String id) {
        return uploads.find(env, id)
                .map(UploadService::json)
                .orElseThrow(() -> ApiException.notFound("no upload " + id + " in this environment"));
    }
}
