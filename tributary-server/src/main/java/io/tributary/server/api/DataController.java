package io.tributary.server.api;

import io.tributary.model.DataType;
import io.tributary.server.account.TerraUsers;
import io.tributary.server.account.UserService;
import io.tributary.server.ingest.AsyncReadJobs;
import io.tributary.server.ingest.DataReads;
import io.tributary.server.ingest.DataTypeSettings;
import io.tributary.server.ingest.ReadRequest;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.DataRange;
import io.tributary.server.storage.EnvironmentSettings;
import io.tributary.server.storage.User;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data reads (api.md §2.5): {@code GET /v2/activity|sleep|body|daily|nutrition|menstruation|athlete} and the
 * classic {@code GET /v2/plannedWorkout} (range on the planned date). See
 * docs/data-api.md for the range semantics.
 */
@RestController
@RequestMapping("/v2")
public class DataController {
    private final UserService users;
    private final DataReads reads;
    private final AsyncReadJobs async;
    private final DataTypeSettings settings;
    private final JsonMapper json;
    private final Clock clock;

    public DataController(
            UserService users,
            DataReads reads,
            AsyncReadJobs async,
            DataTypeSettings settings,
            JsonMapper json,
            Clock clock) {
        this.users = users;
        this.reads = reads;
        this.async = async;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The range reads. Literal paths rather than one {@code {type:…}} pattern: Spring MVC finds a literal path in a
     * map, while a pattern is matched against every mapping of the application on each request. The parameters are
     * read from the request directly, without a data binder per parameter (both were a fifth of a read's CPU).
     */
    @GetMapping({"/activity", "/sleep", "/body", "/daily", "/nutrition", "/menstruation", "/plannedWorkout"})
    public void read(EnvironmentRecord env, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String type = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)
                .toString()
                .substring("/v2/".length());
        DataType t = "plannedWorkout".equals(type) ? DataType.PLANNED_WORKOUT : DataType.fromWireName(type);
        UUID id = Params.userId(request.getParameter("user_id"));
        Instant now = clock.instant();
        DataRange range = DateParams.range(request.getParameter("start_date"), request.getParameter("end_date"), now);
        boolean webhook = Params.bool("to_webhook", request.getParameter("to_webhook"), true);
        EnvironmentSettings s = settings.settings(env);
        boolean samples = Params.bool("with_samples", request.getParameter("with_samples"), s.samplesDefault());
        ReadRequest req = new ReadRequest(t, range, samples);
        String reference = UUID.randomUUID().toString();
        if (!webhook && DataReads.small(req) && s.dataTypeEnabled(t.wireName())) {
            // A few weeks of a once-a-day type: the user and the objects in one statement, sent with a
            // Content-Length in one go (a database error still becomes a problem response).
            DataReads.SyncBody body = reads.readSmall(env, id, req).orElseThrow(() -> Params.userNotFound(id));
            startJson(response, reference);
            response.setContentLength(body.length());
            body.writeTo(response.getOutputStream());
            return;
        }
        User user = users.get(env, id);
        ensureEnabled(s, t);
        if (webhook) {
            writeJson(response, reference, async.submit(env, user, req, reference));
            return;
        }
        reads.fetchForSyncRead(env, user, req);
        startJson(response, reference);
        OutputStream out = new BufferedOutputStream(response.getOutputStream(), 1 << 16);
        reads.writeSync(env, user, req, out);
        out.flush();
    }

    private static void startJson(HttpServletResponse response, String reference) {
        response.setStatus(200);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("terra-reference", reference);
    }

    @GetMapping("/athlete")
    public void athlete(
            EnvironmentRecord env,
            @RequestParam(name = "user_id", required = false) String userId,
            @RequestParam(name = "to_webhook", required = false) String toWebhook,
            HttpServletResponse response)
            throws IOException {
        UUID id = Params.userId(userId);
        boolean webhook = Params.bool("to_webhook", toWebhook, true);
        User user = users.get(env, id);
        ensureEnabled(settings.settings(env), DataType.ATHLETE);
        Instant now = clock.instant();
        ReadRequest req = new ReadRequest(DataType.ATHLETE, new DataRange(null, now, null, now), false);
        String reference = UUID.randomUUID().toString();
        if (webhook) {
            writeJson(response, reference, async.submit(env, user, req, reference));
            return;
        }
        reads.fetchForSyncRead(env, user, req);
        String athlete = reads.athlete(env, user).orElse("null");
        String body = "{\"user\":" + json.writeValueAsString(TerraUsers.json(user)) + ",\"athlete\":" + athlete
                + ",\"type\":\"athlete\"}";
        response.setStatus(200);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader("terra-reference", reference);
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private void writeJson(HttpServletResponse response, String reference, Map<String, Object> body)
            throws IOException {
        response.setStatus(200);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader("terra-reference", reference);
        response.getOutputStream().write(json.writeValueAsBytes(new LinkedHashMap<>(body)));
    }

    private static void ensureEnabled(EnvironmentSettings s, DataType t) {
        if (!s.dataTypeEnabled(t.wireName()))
            throw ApiException.badRequest("data type '" + t.wireName() + "' is disabled for this environment: enable it"
                    + " with PATCH /v2/dashboard/settings/data-types {\"" + t.wireName() + "\": true}");
    }
}
