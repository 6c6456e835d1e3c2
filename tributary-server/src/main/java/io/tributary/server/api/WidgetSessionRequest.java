package io.tributary.server.api;

import java.util.List;

/**
 * {@code POST /v2/auth/generateWidgetSession}: Terra's {@code WidgetSessionParams} from the JSON body or, as the
 * old Java client sends them, the query. {@code providers} is a comma-separated string or an array.
 */
public record WidgetSessionRequest(
        List<String> providers,
        String language,
        String referenceId,
        String successUrl,
        String failureUrl,
        boolean showDisconnect) {

    static WidgetSessionRequest from(WireInput in) {
        WidgetSessionRequest r = new WidgetSessionRequest(
                in.list("providers"),
                in.string("language"),
                in.string("reference_id"),
                in.string("auth_success_redirect_url"),
                in.string("auth_failure_redirect_url"),
                in.bool("show_disconnect", false));
        // Terra's flag for connecting through Terra's own companion app; a self-hosted server has no such app
        // (mobile sources connect through your app and /v2/sdk/connect), so it is validated and has no effect
        in.bool("use_terra_avengers_app", false);
        return r;
    }
}
