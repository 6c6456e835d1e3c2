package io.tributary.server.storage;

import java.util.List;

/** Typed per-environment settings (one row per environment). Later issues add fields here. */
public record EnvironmentSettings(
        List<String> defaultProviders,
        boolean activityEnabled,
        boolean dailyEnabled,
        boolean bodyEnabled,
        boolean sleepEnabled,
        boolean nutritionEnabled,
        boolean menstruationEnabled,
        boolean athleteEnabled,
        boolean samplesDefault,
        String authSuccessRedirectUrl,
        String authFailureRedirectUrl,
        String widgetDisplayName,
        String widgetPrimaryColor,
        String widgetLogoUrl,
        String defaultLanguage) {

    /** Whether data of this wire type ({@code activity}, {@code daily} …) is pulled and emitted. */
    public boolean dataTypeEnabled(String type) {
        return switch (type) {
            case "activity" -> activityEnabled;
            case "daily" -> dailyEnabled;
            case "body" -> bodyEnabled;
            case "sleep" -> sleepEnabled;
            case "nutrition" -> nutritionEnabled;
            case "menstruation" -> menstruationEnabled;
            case "athlete" -> athleteEnabled;
            default -> true;
        };
    }
}
