package io.tributary.server.connection;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The hosted widget's settings of an environment ({@code /v2/dashboard/settings/widget}). */
public record WidgetSettingsView(
        @JsonProperty("display_name") String displayName,
        @JsonProperty("primary_color") String primaryColor,
        @JsonProperty("logo_url") String logoUrl,
        @JsonProperty("default_providers") List<String> defaultProviders,
        @JsonProperty("default_language") String defaultLanguage,
        @JsonProperty("auth_success_redirect_url") String authSuccessRedirectUrl,
        @JsonProperty("auth_failure_redirect_url") String authFailureRedirectUrl) {}
