package io.tributary.server.api;

import io.tributary.server.ingest.ScoreSettings;
import io.tributary.server.shared.EnvironmentRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET/PATCH /v2/dashboard/settings/scores}: which health scores this environment computes (docs/scores.md),
 * next to the data-type settings.
 */
@RestController
@RequestMapping("/v2/dashboard/settings/scores")
public class ScoreSettingsController {
    private final ScoreSettings settings;

    public ScoreSettingsController(ScoreSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    public ScoreSettings.View get(EnvironmentRecord env) {
        return settings.get(env);
    }

    @PatchMapping
    public ScoreSettings.View patch(EnvironmentRecord env, @FromWire(FromWire.Source.BODY) ScoreSettingsRequest r) {
        return settings.patch(env, r.changes());
    }
}
