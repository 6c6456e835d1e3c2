package io.tributary.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tributary.server.shared.NodeRoles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files in {@code deploy/}: every Kustomize overlay renders with {@code kubectl kustomize} (installed by
 * {@code .ci/run}) into pods that are probed on the actuator, run as non-root, take their secrets from the Secret,
 * drain longer than the server's shutdown phase, are covered by a PodDisruptionBudget and together hold every role;
 * the compose file needs exactly the three documented settings.
 */
class DeploymentManifestsTest {
    private static final Path DEPLOY = Path.of("..", "deploy");

    @ParameterizedTest
    @ValueSource(strings = {"single-node", "split-roles", "external-postgres"})
    void everyOverlayRendersAWorkingCluster(String overlay) throws Exception {
        List<Map<String, Object>> docs =
                kustomize(DEPLOY.resolve("kubernetes/overlays").resolve(overlay));
        List<Map<String, Object>> deployments = ofKind(docs, "Deployment");
        assertThat(deployments).isNotEmpty();
        Set<NodeRoles.Role> held = EnumSet.noneOf(NodeRoles.Role.class);
        for (Map<String, Object> d : deployments) {
            String name = str(at(d, "metadata", "name"));
            Map<String, Object> pod = map(at(d, "spec", "template"));
            Map<String, Object> podSpec = map(pod.get("spec"));
            assertThat(((Number) podSpec.get("terminationGracePeriodSeconds")).intValue())
                    .as(name + ": longer than spring.lifecycle.timeout-per-shutdown-phase (20 s) + preStop")
                    .isGreaterThan(25);
            assertThat(at(podSpec, "securityContext", "runAsNonRoot")).isEqualTo(true);
            Map<String, Object> c = map(list(podSpec.get("containers")).get(0));
            assertThat(str(at(c, "livenessProbe", "httpGet", "path"))).isEqualTo("/actuator/health/liveness");
            assertThat(str(at(c, "readinessProbe", "httpGet", "path"))).isEqualTo("/actuator/health/readiness");
            Map<String, Map<String, Object>> env = env(c);
            for (String secret : List.of("TRIBUTARY_SECRET_KEY", "TRIBUTARY_ADMIN_TOKEN", "TRIBUTARY_DB_PASSWORD"))
                assertThat(at(env.get(secret), "valueFrom", "secretKeyRef", "name"))
                        .as(name + " " + secret + " from the Secret")
                        .isEqualTo("tributary");
            NodeRoles roles = new NodeRoles(str(env.get("TRIBUTARY_ROLES").get("value")));
            held.addAll(roles.roles());
            Map<String, Object> labels = map(at(pod, "metadata", "labels"));
            assertThat(ofKind(docs, "PodDisruptionBudget"))
                    .as(name + " is covered by a PodDisruptionBudget")
                    .anySatisfy(pdb ->
                            assertThat(labels).containsAllEntriesOf(map(at(pdb, "spec", "selector", "matchLabels"))));
            boolean served = ofKind(docs, "Service").stream()
                    .anyMatch(s -> labels.entrySet()
                            .containsAll(map(at(s, "spec", "selector")).entrySet()));
            assertThat(served)
                    .as(name + ": behind the Service exactly when it holds the api role")
                    .isEqualTo(roles.has(NodeRoles.Role.API));
        }
        assertThat(held).as("every role is held by some pod").isEqualTo(EnumSet.allOf(NodeRoles.Role.class));

        String dbUrl = str(at(ofKind(docs, "ConfigMap").get(0), "data", "TRIBUTARY_DB_URL"));
        boolean inCluster = !ofKind(docs, "StatefulSet").isEmpty();
        assertThat(inCluster).isEqualTo(!overlay.equals("external-postgres"));
        assertThat(dbUrl.contains("//tributary-postgres:")).isEqualTo(inCluster);
        if (overlay.equals("split-roles")) {
            assertThat(deployments).hasSize(2);
            assertThat(deployments)
                    .allSatisfy(d -> assertThat(((Number) at(d, "spec", "replicas")).intValue())
                            .isGreaterThan(1));
        }
    }

    @Test
    void composeNeedsExactlyTheThreeSettings() throws IOException {
        String text = Files.readString(DEPLOY.resolve("compose.yaml"), StandardCharsets.UTF_8);
        List<String> required = new ArrayList<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\$\\{([A-Z_]+):\\?").matcher(text);
        while (m.find()) required.add(m.group(1));
        assertThat(required)
                .containsExactlyInAnyOrder("TRIBUTARY_SECRET_KEY", "TRIBUTARY_ADMIN_TOKEN", "TRIBUTARY_PUBLIC_URL");
        Map<String, Object> compose = new Yaml().load(text);
        Map<String, Object> services = map(compose.get("services"));
        assertThat(services).containsKeys("postgres", "kafka", "tributary-1", "tributary-2", "proxy");
        for (String node : List.of("tributary-1", "tributary-2")) {
            Map<String, Object> s = map(services.get(node));
            assertThat(map(s.get("environment")).get("TRIBUTARY_DB_URL").toString())
                    .startsWith("jdbc:postgresql://postgres:");
            assertThat(s).containsKey("healthcheck");
            assertThat(list(s.get("volumes")).toString()).contains("/data/uploads");
        }
        String caddy = str(at(map(compose.get("configs")), "caddyfile", "content"));
        assertThat(caddy).contains("tributary-1:8080", "tributary-2:8080", "health_uri /actuator/health/readiness");
    }

    private static List<Map<String, Object>> kustomize(Path dir) throws Exception {
        assumeTrue(
                onPath("kubectl"),
                "kubectl is not installed: .ci/run installs it (apt-get install -y kubectl); this test needs it");
        Process p = new ProcessBuilder("kubectl", "kustomize", dir.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object o : new Yaml().loadAll(out)) if (o != null) docs.add(map(o));
        return docs;
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            if (Files.isExecutable(Path.of(dir, command))) return true;
        return false;
    }

    private static Map<String, Map<String, Object>> env(Map<String, Object> container) {
        Map<String, Map<String, Object>> out = new java.util.HashMap<>();
        for (Object o : list(container.get("env"))) {
            Map<String, Object> e = map(o);
            out.put(str(e.get("name")), e);
        }
        return out;
    }

    private static List<Map<String, Object>> ofKind(List<Map<String, Object>> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    private static Object at(Object node, String... path) {
        Object n = node;
        for (String p : path) {
            n = map(n).get(p);
            if (n == null) return null;
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    private static String str(Object o) {
        return Objects.toString(o, null);
    }
}
