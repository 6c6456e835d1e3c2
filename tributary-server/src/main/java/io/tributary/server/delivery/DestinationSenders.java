package io.tributary.server.delivery;

import io.tributary.server.shared.ApiException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Every {@link DestinationSender} bean, by type. */
@Component
public class DestinationSenders {
    private final Map<String, DestinationSender> byType = new TreeMap<>();

    public DestinationSenders(List<DestinationSender> senders) {
        for (DestinationSender s : senders) {
            DestinationSender prev = byType.put(s.type().toLowerCase(Locale.ROOT), s);
            if (prev != null)
                throw new IllegalStateException("two destination senders for type '" + s.type() + "': "
                        + prev.getClass().getName() + " and " + s.getClass().getName());
        }
    }

    public Optional<DestinationSender> find(String type) {
        return type == null ? Optional.empty() : Optional.ofNullable(byType.get(type.toLowerCase(Locale.ROOT)));
    }

    /** For the API: an unknown type is the caller's mistake (400 listing the known ones). */
    public DestinationSender require(String type) {
        return find(type)
                .orElseThrow(() ->
                        ApiException.badRequest("'type' must be one of " + byType.keySet() + ", got '" + type + "'"));
    }

    public java.util.Set<String> types() {
        return byType.keySet();
    }
}
