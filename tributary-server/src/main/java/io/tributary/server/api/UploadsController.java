package io.tributary.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.server.ingest.UploadIntake;
import io.tributary.server.ingest.UploadService;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
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
    private final UploadIntake uploads;

    public UploadsController(UploadIntake uploads) {
        this.uploads = uploads;
    }

    @PostMapping
    public ResponseEntity<UploadAccepted> upload(
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
        uploads.checkUser(env, uid); // 404 before the body is read
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
        UploadIntake.Queued q = uploads.queue(env, uid, referenceId, staged);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new UploadAccepted(q.uploadId(), q.userId().toString(), q.format(), "queued"));
    }

    public record UploadAccepted(
            @JsonProperty("upload_id") String uploadId,
            @JsonProperty("user_id") String userId,
            String format,
            String state) {}

    @GetMapping("/{id}")
    public UploadIntake.Status status(EnvironmentRecord env, @PathVariable("id") String id) {
        return uploads.status(env, id);
    }
}
