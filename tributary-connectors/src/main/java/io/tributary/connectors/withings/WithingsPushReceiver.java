package io.tributary.connectors.withings;

import io.tributary.connectors.AppCredentials;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.HookRequest;
import io.tributary.connectors.HookResponse;
import io.tributary.connectors.PushAction;
import io.tributary.connectors.PushBatch;
import io.tributary.connectors.PushReceiver;
import io.tributary.connectors.Verification;
import io.tributary.model.DataType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Withings' notifications ("Notifications" guide, "Notification categories"): a form-encoded POST {@code userid,
 * appli, startdate, enddate} (and {@code action} for appli 46) to the callback URL of the subscription, unsigned.
 * Withings validates a callback URL with a HEAD request before it registers it (answered 200 here). Since Withings
 * signs nothing, the callback URL Tributary subscribes carries a token derived from the app's client secret
 * ({@value #TOKEN_PARAM}); a notification (or HEAD/GET) without the token of a configured app is refused.
 *
 * <p>appli 1 (weight), 2 (temperature), 4 (blood pressure, heart rate, SpO2) → a Body fetch of the window; 16
 * (activity) → Daily and Activity; 44 (sleep) → Sleep; 46 (user action) with {@code action=unlink} → {@code
 * access_revoked}, {@code action=delete} (account deleted) → {@code deauth}, {@code update} → nothing.
 */
final class WithingsPushReceiver implements PushReceiver {
    static final String TOKEN_PARAM = "t";
    static final List<Integer> APPLIS = List.of(1, 2, 4, 16, 44, 46);

    /** The callback token of an app: HMAC-SHA256(secret, fixed label), never sent anywhere but to Withings. */
    static String token(AppCredentials app) {
        return WithingsSignature.sign(app.clientSecret(), "tributary-withings-notify");
    }

    static String callbackUrl(String hookUrl, AppCredentials app) {
        return hookUrl + (hookUrl.contains("?") ? "&" : "?") + TOKEN_PARAM + "=" + token(app);
    }

    private static Optional<AppCredentials> appOf(HookRequest request, List<AppCredentials> apps) {
        String given = request.query().get(TOKEN_PARAM);
        if (given == null || given.isBlank()) return Optional.empty();
        byte[] g = given.trim().getBytes(StandardCharsets.US_ASCII);
        for (AppCredentials app : apps) {
            if (app.clientSecret() == null) continue;
            if (MessageDigest.isEqual(g, token(app).getBytes(StandardCharsets.US_ASCII))) return Optional.of(app);
        }
        return Optional.empty();
    }

    @Override
    public Verification verify(HookRequest request, List<AppCredentials> apps) {
        return appOf(request, apps)
                .map(Verification::of)
                .orElseGet(() -> Verification.refused(
                        "callback token '" + TOKEN_PARAM + "' missing or not of a configured Withings app"));
    }

    /** Withings' HEAD (or a GET) to check the callback URL before subscribing it. */
    @Override
    public Optional<HookResponse> challenge(HookRequest request, List<AppCredentials> apps) {
        return appOf(request, apps).map(a -> HookResponse.OK);
    }

    @Override
    public PushBatch receive(HookRequest request, Verification verified) throws ConnectorException {
        Map<String, String> f = WithingsForm.decode(request.text());
        PushBatch.Builder out = new PushBatch.Builder();
        String user = f.get("userid");
        String appli = f.get("appli");
        if (user == null && appli == null)
            throw ConnectorException.malformed("a Withings notification has userid and appli form fields");
        if (user == null || user.isBlank())
            return out.problem("notification without userid").build();
        int a;
        try {
            a = Integer.parseInt(appli == null ? "" : appli.trim());
        } catch (NumberFormatException e) {
            return out.problem("notification with appli '" + appli + "'").build();
        }
        if (a == 46) {
            String action = f.getOrDefault("action", "");
            if ("unlink".equals(action)) out.add(user, new PushAction.AccessRevoked());
            else if ("delete".equals(action)) out.add(user, new PushAction.Deauthorized());
            else out.problem("appli 46 action '" + action + "' needs nothing");
            return out.build();
        }
        Instant start = epoch(f.get("startdate"));
        Instant end = epoch(f.get("enddate"));
        if (start == null || end == null)
            return out.problem("appli " + a + " without startdate/enddate").build();
        if (end.isBefore(start)) end = start;
        Instant until = end.plusSeconds(1);
        switch (a) {
            case 1, 2, 4 -> out.add(user, new PushAction.Fetch(DataType.BODY, start, until, Map.of()));
            case 16 -> {
                out.add(user, new PushAction.Fetch(DataType.DAILY, start, until, Map.of()));
                out.add(user, new PushAction.Fetch(DataType.ACTIVITY, start, until, Map.of()));
            }
            case 44 -> out.add(user, new PushAction.Fetch(DataType.SLEEP, start, until, Map.of()));
            default -> out.problem("appli " + a + " not mapped, ignored");
        }
        return out.build();
    }

    private static Instant epoch(String s) {
        if (s == null) return null;
        try {
            return Instant.ofEpochSecond(Long.parseLong(s.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
