package io.tributary.server.api;

import io.tributary.server.ingest.DataTypeSettings;
import io.tributary.server.shared.EnvironmentRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET/PATCH /v2/dashboard/settings/data-types}: which data types this environment pulls and emits. */
@RestController
@RequestMapping("/v2/dashboard/settings/data-types")
public class DataTypeSettingsController {
    private final DataTypeSettings settings;

    public DataTypeSettingsController(DataTypeSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    public DataTypeSettings.View get(EnvironmentRecord env) {
        return settings.get(env);
    }

    @PatchMapping
    public DataTypeSettings.View patch(
            EnvironmentRecord env, @FromWire(FromWire.Source.BODY) DataTypeSettingsRequest r) {
        return settings.patch(env, r.changes());
    }
}
