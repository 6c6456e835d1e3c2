package io.tributary.model.event;

/** An event delivered to a destination; every event carries a {@code type}. */
public interface WebhookEvent {
    /** The event {@code type}, e.g. {@code auth} or {@code activity}. */
    String type();
}
