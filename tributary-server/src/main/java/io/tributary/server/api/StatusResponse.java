package io.tributary.server.api;

/** {@code {"status":"success"}}, Terra's answer when there is nothing else to say. */
public record StatusResponse(String status) {
    static final StatusResponse SUCCESS = new StatusResponse("success");
}
