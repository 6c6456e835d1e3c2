package io.tributary.server.storage;

/** One stored data object as read back: its JSON exactly as stored and its size in bytes. */
public record StoredObject(long id, String type, String payloadJson, int payloadBytes) {}
