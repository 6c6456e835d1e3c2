package io.tributary.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Comments cite the contract decisions as {@code docs/decisions.md#N}; every such citation in the repository's code
 * and docs must name an entry that exists, and no comment may cite a "spec decision" a reader cannot open.
 */
class DecisionReferencesTest {

    private static final Pattern CITATION = Pattern.compile("decisions\\.md#(\\d+)");
    private static final Pattern ANCHOR = Pattern.compile("<a id=\"(\\d+)\"></a>");
    private static final Pattern OPAQUE = Pattern.compile("(?i)spec decision \\d+");

    private final Path root = Path.of("").toAbsolutePath().getParent();

    @Test
    void everyCitedDecisionHasAnEntry() throws IOException {
        Set<String> anchors = matches(ANCHOR, Files.readString(root.resolve("docs/decisions.md")));
        assertThat(anchors).as("docs/decisions.md anchors").isNotEmpty();

        Set<String> cited = new TreeSet<>();
        List<String> opaque = new ArrayList<>();
        for (Path file : sources()) {
            String text = read(file);
            cited.addAll(matches(CITATION, text));
            if (OPAQUE.matcher(text).find()) {
                opaque.add(root.relativize(file).toString());
            }
        }
        assertThat(cited).as("decisions cited from code and docs").isNotEmpty();
        assertThat(anchors).as("entries in docs/decisions.md").containsAll(cited);
        assertThat(opaque)
                .as("files citing a 'spec decision' instead of docs/decisions.md#N")
                .isEmpty();
    }

    private List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .filter(p ->
                            !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".md"))
                    .filter(p -> !p.endsWith("DecisionReferencesTest.java"))
                    .toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> matches(Pattern p, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
