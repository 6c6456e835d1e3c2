package io.tributary.server.storage;

import io.tributary.server.shared.SecretBox;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every value encrypted with {@link SecretBox}, for {@code rotate-key}: the schema's {@code *_enc} columns (the
 * naming rule for ciphertext columns, found in the catalog so a new one is never missed) and the ciphertext strings
 * inside {@code destinations.config} (each destination type's secret fields).
 */
@Repository
public class SecretColumnsStore {
    /** Where destinations keep their secret fields: SecretBox strings inside a JSON document. */
    public static final String DESTINATION_CONFIG = "destinations.config";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public SecretColumnsStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** {@code table.column} of every {@code *_enc} column in the current schema. */
    public List<String> encryptedColumns() {
        return jdbc.sql("SELECT table_name || '.' || column_name FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND column_name LIKE '%\\_enc'"
                        + " AND data_type = 'text' ORDER BY 1")
                .query(String.class)
                .list();
    }

    /**
     * Replaces every stored ciphertext {@code c} by {@code reencrypt.apply(c)}, in one transaction: all of them or
     * (when one throws, e.g. a value the current key cannot open) none. Rows are locked as they are read.
     *
     * @return values rewritten per {@code table.column}
     */
    @Transactional
    public Map<String, Integer> reencryptAll(UnaryOperator<String> reencrypt) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, List<String>> byTable = new LinkedHashMap<>();
        for (String tc : encryptedColumns()) {
            int dot = tc.indexOf('.');
            byTable.computeIfAbsent(tc.substring(0, dot), t -> new ArrayList<>())
                    .add(tc.substring(dot + 1));
        }
        byTable.forEach((table, columns) -> reencryptTable(table, columns, reencrypt, counts));
        counts.put(DESTINATION_CONFIG, reencryptDestinations(reencrypt));
        return counts;
    }

    private void reencryptTable(
            String table, List<String> columns, UnaryOperator<String> reencrypt, Map<String, Integer> counts) {
        String cols = String.join(", ", columns.stream().map(c -> q(c)).toList());
        String anyNotNull = String.join(
                " OR ", columns.stream().map(c -> q(c) + " IS NOT NULL").toList());
        // ctid names the row without knowing each table's key; stable here because the rows are locked
        List<Map<String, Object>> rows = jdbc.sql("SELECT ctid::text AS row_ctid, " + cols + " FROM " + q(table)
                        + " WHERE " + anyNotNull + " FOR UPDATE")
                .query()
                .listOfRows();
        String set = String.join(", ", columns.stream().map(c -> q(c) + " = ?").toList());
        for (String c : columns) counts.put(table + "." + c, 0);
        for (Map<String, Object> row : rows) {
            List<Object> params = new ArrayList<>();
            for (String c : columns) {
                String v = (String) row.get(c);
                if (v != null) counts.merge(table + "." + c, 1, Integer::sum);
                params.add(v == null ? null : apply(reencrypt, v, table + "." + c));
            }
            params.add(row.get("row_ctid"));
            jdbc.sql("UPDATE " + q(table) + " SET " + set + " WHERE ctid = ?::tid")
                    .params(params)
                    .update();
        }
    }

    private int reencryptDestinations(UnaryOperator<String> reencrypt) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT id, config::text AS config FROM destinations FOR UPDATE")
                .query()
                .listOfRows();
        int n = 0;
        for (Map<String, Object> row : rows) {
            JsonNode cfg = json.readTree((String) row.get("config"));
            int changed = rewrite(cfg, reencrypt, DESTINATION_CONFIG + " of " + row.get("id"));
            if (changed == 0) continue;
            n += changed;
            jdbc.sql("UPDATE destinations SET config = ?::jsonb WHERE id = ?")
                    .params(json.writeValueAsString(cfg), row.get("id"))
                    .update();
        }
        return n;
    }

    /** Rewrites, in place, every string in the document that is SecretBox ciphertext. */
    private static int rewrite(JsonNode node, UnaryOperator<String> reencrypt, String where) {
        int n = 0;
        if (node instanceof ObjectNode o) {
            for (String name : new ArrayList<>(o.propertyNames())) {
                JsonNode v = o.get(name);
                if (v.isString() && SecretBox.isCiphertext(v.asString())) {
                    o.put(name, apply(reencrypt, v.asString(), where + "." + name));
                    n++;
                } else n += rewrite(v, reencrypt, where);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                if (v.isString() && SecretBox.isCiphertext(v.asString())) {
                    a.set(i, apply(reencrypt, v.asString(), where + "[" + i + "]"));
                    n++;
                } else n += rewrite(v, reencrypt, where);
            }
        }
        return n;
    }

    private static String apply(UnaryOperator<String> reencrypt, String value, String where) {
        try {
            return reencrypt.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    private static String q(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
