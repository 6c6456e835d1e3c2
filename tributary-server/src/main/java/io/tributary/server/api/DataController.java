package io.tributary.server.api;

import io.tributary.model.DataType;
import io.tributary.server.ingest.DataReadService;
import io.tributary.server.shared.EnvironmentRecord;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Data reads (api.md §2.5): {@code GET /v2/activity|sleep|body|daily|nutrition|menstruation|athlete} and the
 * classic {@code GET /v2/plannedWorkout} (range on the planned date). See docs/data-api.md for the range
 * semantics. The body is written straight to the response: the stored objects are JSON already and are streamed
 * as they are read, never parsed into objects.
 */
@RestController
@RequestMapping("/v2")
public class DataController {
    private final DataReadService reads;

    public DataController(DataReadService reads) {
        this.reads = reads;
    }

    /**
     * The query of a range read, from query parameters only. Bound without a data binder per parameter (binding was
     * a fifth of a short read's CPU).
     */
    public record DataReadRequest(DataReadService.RangeQuery query) {
        static DataReadRequest from(WireInput in) {
            return new DataReadRequest(new DataReadService.RangeQuery(
                    Params.userId(in.string("user_id")),
                    in.string("start_date"),
                    in.string("end_date"),
                    in.bool("to_webhook", true),
                    in.bool("with_samples")));
        }
    }

    /**
     * The range reads. Literal paths rather than one {@code {type:…}} pattern: Spring MVC finds a literal path in a
     * map, while a pattern is matched against every mapping of the application on each request.
     */
    @GetMapping({"/activity", "/sleep", "/body", "/daily", "/nutrition", "/menstruation", "/plannedWorkout"})
    public void read(
            EnvironmentRecord env,
            @FromWire(FromWire.Source.QUERY) DataReadRequest r,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        String type = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)
                .toString()
                .substring("/v2/".length());
        DataType t = "plannedWorkout".equals(type) ? DataType.PLANNED_WORKOUT : DataType.fromWireName(type);
        write(response, reads.read(env, t, r.query()));
    }

    @GetMapping("/athlete")
    public void athlete(
            EnvironmentRecord env,
            @RequestParam(name = "user_id", required = false) String userId,
            @RequestParam(name = "to_webhook", required = false) String toWebhook,
            HttpServletResponse response)
            throws IOException {
        var id = Params.userId(userId);
        write(response, reads.athlete(env, id, Params.bool("to_webhook", toWebhook, true)));
    }

    private static void write(HttpServletResponse response, DataReadService.Reply reply) throws IOException {
        response.setStatus(200);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        if (reply.namesCharset()) response.setCharacterEncoding("UTF-8");
        response.setHeader("terra-reference", reply.reference());
        if (reply.contentLength() >= 0) response.setContentLength(reply.contentLength());
        reply.body().writeTo(response.getOutputStream());
    }
}
