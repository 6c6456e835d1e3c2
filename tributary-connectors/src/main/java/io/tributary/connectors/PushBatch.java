package io.tributary.connectors;

import java.util.ArrayList;
import java.util.List;

/**
 * A verified notification, parsed: what to do for which provider account, what was malformed, and what to
 * answer. The server finds each item's connections by {@code (provider, providerUserId)} among the environments of
 * the app that {@link Verification verified} it.
 *
 * @param items in payload order
 * @param problems malformed parts that were skipped (the server logs them with the connection); nothing of a
 *     skipped part is stored
 * @param response what the hook answers
 */
public record PushBatch(List<Item> items, List<String> problems, HookResponse response) {
    public PushBatch {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
        if (response == null) response = HookResponse.OK;
    }

    public record Item(String providerUserId, PushAction action) {
        public Item {
            if (providerUserId == null || providerUserId.isBlank())
                throw new IllegalArgumentException("a push item names the provider account");
        }
    }

    /** Collects items and problems while a receiver walks a payload. */
    public static final class Builder {
        private final List<Item> items = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private HookResponse response = HookResponse.OK;

        public Builder add(String providerUserId, PushAction action) {
            items.add(new Item(providerUserId, action));
            return this;
        }

        public Builder problem(String problem) {
            problems.add(problem);
            return this;
        }

        /** The live list (for {@link RecordMapper#mapEach}). */
        public List<String> problems() {
            return problems;
        }

        public Builder response(HookResponse r) {
            response = r;
            return this;
        }

        public PushBatch build() {
            return new PushBatch(items, problems, response);
        }
    }
}
