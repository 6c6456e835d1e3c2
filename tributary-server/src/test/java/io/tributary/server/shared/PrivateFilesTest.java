package io.tributary.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {

    @Test
    void createsPrivate(@TempDir Path tmp) throws IOException {
        Path data = tmp.resolve("a/data");
        PrivateFiles.secureDataFolder(data);
        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.resolve("uploads"))).isEqualTo("rwx------");
        PrivateFiles.write(data.resolve("secret.key"), "k\n");
        assertThat(mode(data.resolve("secret.key"))).isEqualTo("rw-------");
        assertThat(Files.readString(data.resolve("secret.key"))).isEqualTo("k\n");
        PrivateFiles.write(data.resolve("secret.key"), "k2\n"); // replaces, still private
        assertThat(Files.readString(data.resolve("secret.key"))).isEqualTo("k2\n");
        assertThat(mode(data.resolve("secret.key"))).isEqualTo("rw-------");
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("uploads", "secret.key");
        }
    }

    @Test
    void tightensWhatAnEarlierVersionLeftLoose(@TempDir Path data) throws IOException {
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectory(
                data.resolve("uploads"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(data.resolve("uploads"), PosixFilePermissions.fromString("rwxrwxrwx"));
        for (String f : PrivateFiles.SECRET_FILES) {
            Files.writeString(data.resolve(f), "x");
            Files.setPosixFilePermissions(data.resolve(f), PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.writeString(data.resolve("other.txt"), "x");
        Files.setPosixFilePermissions(data.resolve("other.txt"), PosixFilePermissions.fromString("rw-r--r--"));

        PrivateFiles.secureDataFolder(data);

        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.resolve("uploads"))).isEqualTo("rwx------");
        for (String f : PrivateFiles.SECRET_FILES)
            assertThat(mode(data.resolve(f))).isEqualTo("rw-------");
        // not ours to judge, and unreachable anyway through the 0700 folder
        assertThat(mode(data.resolve("other.txt"))).isEqualTo("rw-r--r--");
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
