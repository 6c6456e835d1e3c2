package io.tributary.standards.fhir;

import io.tributary.model.Activity;
import io.tributary.model.Body;
import io.tributary.model.Daily;
import io.tributary.model.Sleep;
import io.tributary.model.TerraDataModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written records of {@code src/test/resources/terra} (see its README). */
public final class TerraFixtures {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private TerraFixtures() {}

    public static <T> T read(String name, Class<T> type) {
        try (InputStream in = TerraFixtures.class.getResourceAsStream("/terra/" + name)) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<TerraDataModel> all() {
        return List.of(
                read("daily.json", Daily.class),
                read("body.json", Body.class),
                read("sleep.json", Sleep.class),
                read("activity.json", Activity.class));
    }
}
