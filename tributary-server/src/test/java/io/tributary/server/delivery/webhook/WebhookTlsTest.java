package io.tributary.server.delivery.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.tributary.server.delivery.writer.TestCerts;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS webhooks: a receiver whose certificate (made with the JDK's keytool for "localhost") is trusted gets the
 * request, over one kept-alive connection; an untrusted certificate, or one that does not name the host of the
 * URL, is refused before anything is sent.
 */
class WebhookTlsTest {
    @TempDir
    static Path dir;

    private static HttpsServer server;
    private static SSLSocketFactory trusting;
    private static final AtomicInteger hits = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        // a certificate for "localhost" only (not 127.0.0.1), so a URL naming the address must be refused
        TestCerts certs = TestCerts.create(dir, "DNS:localhost");
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certs.keyStore())) {
            keys.load(in, certs.password().toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, certs.password().toCharArray());
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        server.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            hits.incrementAndGet();
            byte[] body = "secure".getBytes();
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();

        Certificate cert = keys.getCertificate("server");
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("receiver", cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext clientTls = SSLContext.getInstance("TLS");
        clientTls.init(null, tmf.getTrustManagers(), null);
        trusting = clientTls.getSocketFactory();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop(0);
    }

    @Test
    void aTrustedReceiverGetsTheRequestOverOneConnection() throws Exception {
        try (WebhookHttp http = new WebhookHttp(trusting, 2000)) {
            int before = hits.get();
            for (int i = 0; i < 3; i++) {
                WebhookHttp.Response r = post(http, "localhost");
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.body()).isEqualTo("secure");
            }
            assertThat(hits.get() - before).isEqualTo(3);
        }
    }

    @Test
    void anUntrustedCertificateIsRefused() {
        int before = hits.get();
        try (WebhookHttp http = new WebhookHttp((SSLSocketFactory) SSLSocketFactory.getDefault(), 2000)) {
            assertThatThrownBy(() -> post(http, "localhost")).isInstanceOf(IOException.class);
        }
        assertThat(hits.get()).isEqualTo(before);
    }

    @Test
    void aCertificateForAnotherNameIsRefused() {
        int before = hits.get();
        try (WebhookHttp http = new WebhookHttp(trusting, 2000)) {
            // the certificate names "localhost", the URL says 127.0.0.1
            assertThatThrownBy(() -> post(http, "127.0.0.1")).isInstanceOf(IOException.class);
        }
        assertThat(hits.get()).isEqualTo(before);
    }

    private static WebhookHttp.Response post(WebhookHttp http, String host) throws IOException {
        return http.post(
                URI.create("https://" + host + ":" + server.getAddress().getPort() + "/hook"),
                InetAddress.getLoopbackAddress(),
                List.of("Content-Type", "application/json"),
                "{}".getBytes(),
                System.nanoTime() + 5_000_000_000L);
    }
}
