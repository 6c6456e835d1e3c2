package io.tributary.server.delivery.writer;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed server certificate for {@code localhost} / {@code 127.0.0.1}, made with the JDK's {@code keytool}:
 * a PKCS12 key store (for Kafka) and the same certificate and key as PEM files (for PostgreSQL), plus the
 * certificate's PEM text for clients that must trust it.
 */
public record TestCerts(Path keyStore, String password, Path certPem, Path keyPem, String certificate) {

    public static TestCerts create(Path dir) throws Exception {
        return create(dir, "DNS:localhost,IP:127.0.0.1");
    }

    /** With the given subject alternative names (keytool's syntax, e.g. {@code DNS:localhost}). */
    public static TestCerts create(Path dir, String subjectAltNames) throws Exception {
        Files.createDirectories(dir);
        Path ks = dir.resolve("server.p12");
        String pw = "changeit";
        String keytool =
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(
                        keytool,
                        "-genkeypair",
                        "-alias",
                        "server",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=" + subjectAltNames,
                        "-keystore",
                        ks.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass",
                        pw,
                        "-keypass",
                        pw)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0)
            throw new IllegalStateException("keytool failed: " + out);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ks)) {
            store.load(in, pw.toCharArray());
        }
        String cert = pem("CERTIFICATE", store.getCertificate("server").getEncoded());
        String key = pem("PRIVATE KEY", store.getKey("server", pw.toCharArray()).getEncoded());
        Path certFile = Files.writeString(dir.resolve("server.crt"), cert);
        Path keyFile = Files.writeString(dir.resolve("server.key"), key);
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        return new TestCerts(ks, pw, certFile, keyFile, cert);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
