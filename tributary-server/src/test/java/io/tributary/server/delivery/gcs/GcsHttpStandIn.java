package io.tributary.server.delivery.gcs;

import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The google-cloud-nio in-memory storage ({@link LocalStorageHelper}) served over HTTP with the part of the
 * GCS JSON API the destination uses: the OAuth token endpoint of a service-account key ({@code POST /token},
 * the JWT assertion's RS256 signature is checked against the registered accounts' public keys), and
 * multipart uploads ({@code POST /upload/storage/v1/b/<bucket>/o?uploadType=multipart}, bearer token checked,
 * 404 for an unknown bucket, 403 for an account without write access to it). Put a {@code TcpProxy} in front
 * to take it down and bring it back.
 */
public final class GcsHttpStandIn implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final Storage storage = LocalStorageHelper.customOptions(false).getService();
    private final Set<String> buckets = ConcurrentHashMap.newKeySet();
    private final Map<String, PublicKey> accounts = new ConcurrentHashMap<>();
    /** bucket → client e-mails allowed to write (absent = everyone with a valid token). */
    private final Map<String, Set<String>> writers = new ConcurrentHashMap<>();

    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger uploads = new AtomicInteger();

    public GcsHttpStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The in-memory storage behind the server, for assertions. */
    public Storage storage() {
        return storage;
    }

    public void createBucket(String bucket) {
        buckets.add(bucket);
    }

    /** Only these service accounts may write to {@code bucket}. */
    public void restrictWriters(String bucket, String... clientEmails) {
        writers.put(bucket, Set.of(clientEmails));
    }

    public int uploads() {
        return uploads.get();
    }

    /**
     * A new service-account key file registered with this server; {@code tokenBase} is where the client should
     * fetch tokens (this server, or a proxy in front of it).
     */
    public String serviceAccount(String email, int tokenPort) throws Exception {
        KeyPair kp = rsa();
        accounts.put(email, kp.getPublic());
        return keyFile(email, kp, tokenPort);
    }

    /** A well-formed key file whose key this server does not know (a wrong or revoked key). */
    public static String unknownServiceAccount(String email, int tokenPort) throws Exception {
        return keyFile(email, rsa(), tokenPort);
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static String keyFile(String email, KeyPair kp, int tokenPort) {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes())
                        .encodeToString(kp.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        ObjectNode n = JSON.createObjectNode();
        n.put("type", "service_account");
        n.put("project_id", "tributary-test");
        n.put("private_key_id", UUID.randomUUID().toString());
        n.put("private_key", pem);
        n.put("client_email", email);
        n.put("client_id", "1234567890");
        n.put("token_uri", "http://127.0.0.1:" + tokenPort + "/token");
        return n.toString();
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            byte[] body = x.getRequestBody().readAllBytes();
            String path = x.getRequestURI().getPath();
            if (x.getRequestMethod().equals("POST") && path.equals("/token")) token(x, body);
            else if (x.getRequestMethod().equals("POST") && path.matches("/upload/storage/v1/b/[^/]+/o"))
                upload(x, path.split("/")[5], body);
            else
                error(
                        x,
                        501,
                        "notImplemented",
                        "the GCS stand-in does not implement " + x.getRequestMethod() + " " + path);
        } catch (RuntimeException | Error e) {
            System.err.println("GCS stand-in: " + x.getRequestMethod() + " " + x.getRequestURI() + " failed: " + e);
            e.printStackTrace();
            error(x, 500, "backendError", String.valueOf(e.getMessage()));
        }
    }

    private void token(HttpExchange x, byte[] body) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        for (String kv : new String(body, StandardCharsets.UTF_8).split("&")) {
            int eq = kv.indexOf('=');
            if (eq > 0)
                form.put(
                        URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
        String email = verifiedIssuer(form.get("assertion"));
        if (email == null) {
            send(x, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}");
            return;
        }
        String token = "ya29." + UUID.randomUUID();
        tokens.put(token, email);
        send(x, 200, "{\"access_token\":\"" + token + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}");
    }

    /** The {@code iss} of an RS256 JWT signed by a registered account's key, else null. */
    private String verifiedIssuer(String jwt) {
        try {
            String[] p = jwt.split("\\.");
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(p[1]));
            String iss = claims.get("iss").asString();
            PublicKey key = accounts.get(iss);
            if (key == null) return null;
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update((p[0] + "." + p[1]).getBytes(StandardCharsets.US_ASCII));
            return s.verify(Base64.getUrlDecoder().decode(p[2])) ? iss : null;
        } catch (Exception e) {
            return null;
        }
    }

    private void upload(HttpExchange x, String bucket, byte[] body) throws IOException {
        String auth = x.getRequestHeaders().getFirst("Authorization");
        String email = auth == null || !auth.startsWith("Bearer ")
                ? null
                : tokens.getOrDefault(auth.substring(7), verifiedIssuer(auth.substring(7)));
        if (email == null) {
            error(x, 401, "required", "Invalid Credentials");
            return;
        }
        bucket = URLDecoder.decode(bucket, StandardCharsets.UTF_8);
        if (!buckets.contains(bucket)) {
            error(x, 404, "notFound", "The specified bucket does not exist.");
            return;
        }
        Set<String> allowed = writers.get(bucket);
        if (allowed != null && !allowed.contains(email)) {
            error(
                    x,
                    403,
                    "forbidden",
                    email + " does not have storage.objects.create access to the Google Cloud Storage object.");
            return;
        }
        String type = x.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("multipart/related")) {
            error(x, 400, "invalid", "expected a multipart/related upload");
            return;
        }
        String boundary = type.replaceAll(".*boundary=\"?([^\";]+)\"?.*", "$1");
        if ("gzip".equalsIgnoreCase(x.getRequestHeaders().getFirst("Content-Encoding")))
            body = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
        byte[][] parts = parts(body, boundary);
        JsonNode meta = JSON.readTree(body(parts[0]));
        byte[] content = body(parts[1]);
        String name = meta.get("name").asString();
        Map<String, String> md = new LinkedHashMap<>();
        if (meta.has("metadata"))
            meta.get("metadata")
                    .properties()
                    .forEach(en -> md.put(en.getKey(), en.getValue().asString()));
        storage.create(
                BlobInfo.newBuilder(bucket, name)
                        .setContentType(meta.path("contentType").asString("application/octet-stream"))
                        .setMetadata(md)
                        .build(),
                content);
        uploads.incrementAndGet();
        ObjectNode r = JSON.createObjectNode();
        r.put("kind", "storage#object");
        r.put("id", bucket + "/" + name + "/1");
        r.put("bucket", bucket);
        r.put("name", name);
        r.put("generation", "1");
        r.put("metageneration", "1");
        r.put("size", String.valueOf(content.length));
        r.put("contentType", meta.path("contentType").asString("application/octet-stream"));
        send(x, 200, r.toString());
    }

    /** The parts between the boundaries, each still with its headers. */
    private static byte[][] parts(byte[] body, String boundary) {
        String s = new String(body, StandardCharsets.ISO_8859_1);
        String[] raw = s.split("--" + java.util.regex.Pattern.quote(boundary));
        return java.util.Arrays.stream(raw)
                .filter(p -> !p.isBlank() && !p.startsWith("--"))
                .map(p -> p.getBytes(StandardCharsets.ISO_8859_1))
                .toArray(byte[][]::new);
    }

    /** A part without its headers and the line break before the next boundary. */
    private static byte[] body(byte[] part) {
        String s = new String(part, StandardCharsets.ISO_8859_1);
        int start = s.indexOf("\r\n\r\n");
        String b = s.substring(start + 4);
        if (b.endsWith("\r\n")) b = b.substring(0, b.length() - 2);
        return b.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void error(HttpExchange x, int status, String reason, String message) throws IOException {
        send(
                x,
                status,
                "{\"error\":{\"code\":" + status + ",\"message\":" + JSON.writeValueAsString(message)
                        + ",\"errors\":[{\"message\":" + JSON.writeValueAsString(message)
                        + ",\"domain\":\"global\",\"reason\":\"" + reason + "\"}]}}");
    }

    private static void send(HttpExchange x, int status, String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        x.sendResponseHeaders(status, b.length);
        x.getResponseBody().write(b);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
