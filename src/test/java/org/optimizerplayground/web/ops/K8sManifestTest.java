package org.optimizerplayground.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code deploy/k8s/playground.yaml} parses, has what a university's cluster needs, and agrees
 * with {@code application.properties}: the ports, the Actuator probe paths (which
 * {@link ManagementPortTest} checks the app serves) and the shutdown times.
 */
class K8sManifestTest {
    private static final Path MANIFEST = Path.of("deploy/k8s/playground.yaml");
    private static final Map<String, Map<String, Object>> BY_KIND = new HashMap<>();
    private static final Properties APP = new Properties();

    @BeforeAll
    static void read() throws IOException {
        try (Reader in = Files.newBufferedReader(MANIFEST, StandardCharsets.UTF_8)) {
            for (Object doc : new Yaml().loadAll(in)) {
                Map<String, Object> m = map(doc);
                assertThat(BY_KIND.put((String) m.get("kind"), m)).as("one " + m.get("kind")).isNull();
            }
        }
        try (InputStream in = K8sManifestTest.class.getResourceAsStream("/application.properties")) {
            APP.load(in);
        }
    }

    @Test
    void hasADeploymentAServiceAnIngressAndADisruptionBudget() {
        assertThat(BY_KIND).containsOnlyKeys("Deployment", "Service", "Ingress", "PodDisruptionBudget");
        assertThat((Integer) map(BY_KIND.get("Deployment").get("spec")).get("replicas")).isGreaterThanOrEqualTo(2);
        assertThat((Integer) map(BY_KIND.get("PodDisruptionBudget").get("spec")).get("minAvailable")).isPositive();
    }

    @Test
    void probesUseTheActuatorEndpointsOnTheManagementPort() {
        Map<String, Object> container = container();
        Map<String, Integer> ports = new HashMap<>();
        for (Object p : list(container.get("ports"))) {
            ports.put((String) map(p).get("name"), (Integer) map(p).get("containerPort"));
        }
        // server.port=${PORT:8080}: the default after the colon.
        String serverPort = APP.getProperty("server.port");
        assertThat(ports.get("http")).isEqualTo(Integer.valueOf(serverPort.replaceAll(".*:(\\d+)}", "$1")));
        assertThat(ports.get("management")).isEqualTo(Integer.valueOf(APP.getProperty("management.server.port")));
        assertThat(APP.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");

        for (String[] probe : new String[][] {{"startupProbe", "/actuator/health/liveness"},
                {"livenessProbe", "/actuator/health/liveness"}, {"readinessProbe", "/actuator/health/readiness"}}) {
            Map<String, Object> get = map(map(container.get(probe[0])).get("httpGet"));
            assertThat(get.get("path")).as(probe[0]).isEqualTo(probe[1]);
            assertThat(get.get("port")).as(probe[0]).isEqualTo("management");
        }
        // The app binds the management port to loopback by default; the kubelet needs the pod's address.
        assertThat(APP.getProperty("management.server.address")).isEqualTo("127.0.0.1");
        assertThat(env(container)).containsEntry("MANAGEMENT_SERVER_ADDRESS", "0.0.0.0");
        Map<String, Object> resources = map(container.get("resources"));
        assertThat(resources).containsKeys("requests", "limits");
    }

    @Test
    void theServiceExposesTheAppPortOnly() {
        Map<String, Object> spec = map(BY_KIND.get("Service").get("spec"));
        List<Object> ports = list(spec.get("ports"));
        assertThat(ports).hasSize(1);
        assertThat(map(ports.get(0)).get("targetPort")).isEqualTo("http");
        assertThat(map(spec.get("selector"))).isEqualTo(map(map(map(BY_KIND.get("Deployment").get("spec"))
                .get("selector")).get("matchLabels")));
    }

    @Test
    void shutdownFitsInTheGracePeriod() {
        Map<String, Object> pod = podSpec();
        int grace = (Integer) pod.get("terminationGracePeriodSeconds");
        List<Object> preStop = list(map(map(map(container().get("lifecycle")).get("preStop")).get("exec")).get("command"));
        assertThat(preStop.get(0)).isEqualTo("sleep");
        int pause = Integer.parseInt((String) preStop.get(1));
        assertThat(APP.getProperty("server.shutdown")).isEqualTo("graceful");
        Duration phase = Duration.ofSeconds(Long.parseLong(
                APP.getProperty("spring.lifecycle.timeout-per-shutdown-phase").replace("s", "")));
        assertThat(grace).as("grace period ≥ preStop pause + graceful shutdown phase + 5 s for the JVM")
                .isGreaterThanOrEqualTo(pause + (int) phase.toSeconds() + 5);
    }

    @Test
    void theIngressKeepsEachBrowserOnItsPodAndLetsWebsocketsLive() {
        Map<String, Object> ingress = BY_KIND.get("Ingress");
        Map<String, Object> annotations = map(map(ingress.get("metadata")).get("annotations"));
        assertThat(annotations).containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
                .containsEntry("nginx.ingress.kubernetes.io/affinity-mode", "persistent");
        assertThat(Integer.parseInt((String) annotations.get("nginx.ingress.kubernetes.io/proxy-read-timeout")))
                .isGreaterThanOrEqualTo(3600);
        assertThat(Integer.parseInt((String) annotations.get("nginx.ingress.kubernetes.io/proxy-send-timeout")))
                .isGreaterThanOrEqualTo(3600);
        Map<String, Object> rule = map(list(map(ingress.get("spec")).get("rules")).get(0));
        Map<String, Object> backend = map(map(map(list(map(rule.get("http")).get("paths")).get(0)).get("backend"))
                .get("service"));
        assertThat(backend.get("name")).isEqualTo(map(BY_KIND.get("Service").get("metadata")).get("name"));
        assertThat(map(backend.get("port")).get("name")).isEqualTo("http");
    }

    private static Map<String, Object> podSpec() {
        return map(map(map(BY_KIND.get("Deployment").get("spec")).get("template")).get("spec"));
    }

    private static Map<String, Object> container() {
        List<Object> containers = list(podSpec().get("containers"));
        assertThat(containers).hasSize(1);
        return map(containers.get(0));
    }

    private static Map<String, String> env(Map<String, Object> container) {
        Map<String, String> out = new HashMap<>();
        for (Object e : list(container.get("env"))) {
            out.put((String) map(e).get("name"), String.valueOf(map(e).get("value")));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        assertThat(o).isInstanceOf(List.class);
        return new ArrayList<>((List<Object>) o);
    }
}
