package io.tributary.server.delivery.writer;

import tools.jackson.databind.JsonNode;

/**
 * What writers need to know about a payload besides its bytes: the period it covers (earliest {@code
 * metadata.start_time}, latest {@code metadata.end_time} over {@code data[]}, or the athlete's none) and
 * the TerraUser objects it carries ({@code user}; {@code old_user}/{@code new_user} for {@code
 * user_reauth}).
 */
public record PayloadFacts(
        String startTime, String endTime, JsonNode user, JsonNode oldUser, JsonNode newUser, String status) {

    public static PayloadFacts of(TargetEvent e) {
        JsonNode root;
        try {
            root = e.json();
        } catch (RuntimeException notJson) {
            return new PayloadFacts(null, null, null, null, null, null);
        }
        String start = null;
        String end = null;
        JsonNode data = root.path("data");
        if (data.isArray()) {
            for (JsonNode item : data) {
                String s = ObjectLayout.text(item.path("metadata").path("start_time"));
                String t = ObjectLayout.text(item.path("metadata").path("end_time"));
                if (s != null && (start == null || instantOrder(s, start) < 0)) start = s;
                if (t != null && (end == null || instantOrder(t, end) > 0)) end = t;
            }
        }
        return new PayloadFacts(
                start,
                end,
                obj(root.get("user")),
                obj(root.get("old_user")),
                obj(root.get("new_user")),
                ObjectLayout.text(root.get("status")));
    }

    private static JsonNode obj(JsonNode n) {
        return n != null && n.isObject() ? n : null;
    }

    private static int instantOrder(String a, String b) {
        try {
            return java.time.OffsetDateTime.parse(a)
                    .toInstant()
                    .compareTo(java.time.OffsetDateTime.parse(b).toInstant());
        } catch (RuntimeException e) {
            return a.compareTo(b);
        }
    }
}
