package io.tributary.server.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files only the server's own OS user may read (issue 24, README "Operations"): the data folder and its folders are
 * 0700, the secrets in it 0600. They are created with those modes (no moment under the umask's 755/644) and
 * tightened at start when an earlier version or an operator left them looser, with a log line. On a file system
 * without POSIX permissions every method still creates/writes, it just cannot set modes.
 */
public final class PrivateFiles {
    private static final Logger log = LoggerFactory.getLogger(PrivateFiles.class);
    static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    /** The data folder's private files, tightened at start (the uploads folder holds users' health files). */
    static final List<String> SECRET_FILES = List.of("secret.key", "first-developer.json", "pg-passwords");

    static final List<String> PRIVATE_DIRS = List.of("uploads");

    private PrivateFiles() {}

    /**
     * Creates {@code dataDir} and its {@code uploads} folder 0700, or tightens them and the known secret files
     * (secret key, {@code first-developer.json}, the embedded database's passwords) when they are looser.
     */
    public static void secureDataFolder(Path dataDir) throws IOException {
        directory(dataDir);
        for (String d : PRIVATE_DIRS) directory(dataDir.resolve(d));
        for (String f : SECRET_FILES) tighten(dataDir.resolve(f), FILE);
    }

    /** Creates {@code dir} (and missing parents) 0700, or tightens it to at most 0700 when it exists. */
    public static Path directory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            tighten(dir, DIR);
            return dir;
        }
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR));
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectories(dir);
        }
        return dir;
    }

    /**
     * Writes {@code content} to {@code file} with mode 0600, atomically: a temporary file created 0600 next to it
     * is moved over it, so a reader (or a crash) never sees a half-written or briefly world-readable secret.
     */
    public static void write(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(FILE));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(tmp);
        }
        try {
            Files.writeString(tmp, content);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Removes group/other permissions beyond {@code allowed} from an existing path, logging what changed. */
    static void tighten(Path p, Set<PosixFilePermission> allowed) throws IOException {
        if (!Files.exists(p)) return;
        Set<PosixFilePermission> perms;
        try {
            perms = Files.getPosixFilePermissions(p);
        } catch (UnsupportedOperationException notPosix) {
            return;
        }
        if (allowed.containsAll(perms)) return;
        String before = PosixFilePermissions.toString(perms);
        perms.retainAll(allowed);
        Files.setPosixFilePermissions(p, perms);
        log.warn(
                "{} was {}, now {}: only the server's own user may read the data folder's files",
                p.toAbsolutePath(),
                before,
                PosixFilePermissions.toString(perms));
    }
}
