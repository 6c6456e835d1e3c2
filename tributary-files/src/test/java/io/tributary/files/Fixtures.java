package io.tributary.files;

import io.tributary.model.TerraDataModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: write bytes to a temp file and parse them with {@link FileParsers}. */
final class Fixtures {
    private Fixtures() {}

    static List<TerraDataModel> parse(Path dir, String name, byte[] content) {
        return parse(dir, name, content, new FileParsers(ParseLimits.defaults(), dir));
    }

    static List<TerraDataModel> parse(Path dir, String name, byte[] content, FileParsers parsers) {
        try {
            Path f = dir.resolve("in-" + System.nanoTime() + "-" + name.replace('/', '_'));
            Files.write(f, content);
            List<TerraDataModel> out = new ArrayList<>();
            parsers.parse(f, name, null, out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<TerraDataModel> parse(Path dir, String name, String content) {
        return parse(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] resource(String path) {
        try (var in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T only(List<TerraDataModel> items, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (TerraDataModel m : items) {
            if (type.isInstance(m)) {
                found.add((T) m);
            }
        }
        if (found.size() != 1) {
            throw new AssertionError(
                    "expected one " + type.getSimpleName() + " but got " + found.size() + ": " + items);
        }
        return found.get(0);
    }
}
