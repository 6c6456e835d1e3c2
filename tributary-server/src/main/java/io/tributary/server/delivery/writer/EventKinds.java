package io.tributary.server.delivery.writer;

import java.util.Set;

/** Which event types are data (versioned, {@code terra_data_payloads}) and which are everything else. */
public final class EventKinds {
    /** The API-version folder data events are written under (docs/decisions.md#15). */
    public static final String DATA_VERSION = "2022-03-16";

    private static final Set<String> DATA = Set.of(
            "activity",
            "sleep",
            "body",
            "daily",
            "nutrition",
            "menstruation",
            "athlete",
            "planned_workout",
            "hormone",
            "health_observation");

    private EventKinds() {}

    public static boolean isData(String type) {
        return type != null && DATA.contains(type);
    }
}
