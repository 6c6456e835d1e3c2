package io.tributary.server.streaming;

import java.util.UUID;

/** A SUBMIT (or a demo sample) on its way to the bus, which assigns its seq. */
record Submission(UUID environmentId, UUID userId, String dataType, String payloadJson, boolean synthetic) {}
