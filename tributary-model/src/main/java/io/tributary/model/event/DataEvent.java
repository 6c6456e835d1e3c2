package io.tributary.model.event;

import io.tributary.model.TerraUser;
import java.util.List;

/**
 * A data event {@code {type, data:[…], user, version}}. The same shape without {@code version} is the synchronous
 * ({@code to_webhook=false}) response of the data read endpoints.
 */
public interface DataEvent<T> extends WebhookEvent {
    /** The payload version of data events. */
    String VERSION = "2022-03-16";

    List<T> data();

    TerraUser user();

    String version();
}
