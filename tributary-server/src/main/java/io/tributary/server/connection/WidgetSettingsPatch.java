package io.tributary.server.connection;

import java.util.List;
import java.util.Set;

/**
 * A partial update of the widget settings: only the fields named in {@code sent} change; a sent null (or blank)
 * clears one. {@code defaultProviders} is the list as sent (an array, or one comma-separated string).
 */
public record WidgetSettingsPatch(
        Set<String> sent,
        String displayName,
        String primaryColor,
        String logoUrl,
        String defaultLanguage,
        String authSuccessRedirectUrl,
        String authFailureRedirectUrl,
        List<String> defaultProviders) {
    public static final Set<String> FIELDS = Set.of(
            "display_name",
            "primary_color",
            "logo_url",
            "default_language",
            "auth_success_redirect_url",
            "auth_failure_redirect_url",
            "default_providers");

    public WidgetSettingsPatch {
        sent = Set.copyOf(sent);
        defaultProviders = defaultProviders == null ? null : List.copyOf(defaultProviders);
    }
}
