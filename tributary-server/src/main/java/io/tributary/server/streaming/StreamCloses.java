package io.tributary.server.streaming;

import org.springframework.web.socket.CloseStatus;

/** The close codes of rt.asyncapi.yaml, with the reasons this server sends. */
final class StreamCloses {
    private StreamCloses() {}

    static final CloseStatus MALFORMED = new CloseStatus(1003, "malformed frame");
    static final CloseStatus BAD_REPLAY = new CloseStatus(1003, "invalid REPLAY payload");
    static final CloseStatus INTERNAL = new CloseStatus(1011, "internal error");
    static final CloseStatus SUBMIT_FAILED = new CloseStatus(1011, "SUBMIT could not be enqueued");
    /** Not a protocol violation: the consumer did not read fast enough and its send queue filled up. */
    static final CloseStatus SLOW_CONSUMER = new CloseStatus(1011, "send queue full: consumer too slow");

    static final CloseStatus IDENTIFY_TIMEOUT = new CloseStatus(4000, "no IDENTIFY within the identify timeout");
    static final CloseStatus BAD_TOKEN = new CloseStatus(4001, "token invalid, expired or already redeemed");
    static final CloseStatus SESSION_LIMIT = new CloseStatus(4002, "consumer session limit reached");
    static final CloseStatus ALREADY_IDENTIFIED = new CloseStatus(4003, "already identified");
    static final CloseStatus BAD_OPCODE = new CloseStatus(4004, "unknown opcode or not valid for this session");
    static final CloseStatus HEARTBEAT_MISSED = new CloseStatus(4005, "heartbeat deadline exceeded");
}
