package io.tributary.model.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Lists the classes of the model (main output folder) by walking the class-path directory. */
public final class ModelClasses {
    private ModelClasses() {}

    public static List<Class<?>> all() {
        URL url = io.tributary.model.Activity.class.getResource("Activity.class");
        try {
            Path base = Path.of(url.toURI()).getParent(); // .../io/tributary/model
            Path root = base.getParent().getParent().getParent();
            try (Stream<Path> files = Files.walk(base)) {
                return files.filter(p -> p.toString().endsWith(".class"))
                        .map(p -> root.relativize(p).toString())
                        .filter(n -> !n.contains("$") && !n.endsWith("package-info.class"))
                        .map(n ->
                                n.substring(0, n.length() - 6).replace('/', '.').replace('\\', '.'))
                        .map(ModelClasses::load)
                        .sorted(Comparator.comparing(Class::getName))
                        .toList();
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Records that carry JSON text as is ({@link io.tributary.model.support.RawJson}): written, never read back, so
     * outside the round-trip tests over all records (RawDataEventTest covers them).
     */
    static final Set<Class<?>> WRITE_ONLY =
            Set.of(io.tributary.model.support.RawJson.class, io.tributary.model.event.RawDataEvent.class);

    public static List<Class<? extends Record>> records() {
        return all().stream()
                .filter(Class::isRecord)
                .filter(c -> !WRITE_ONLY.contains(c))
                .<Class<? extends Record>>map(c -> c.asSubclass(Record.class))
                .toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
