package org.optimizerplayground.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile links sent byte for byte to the real embedded Tomcat (no client library to clean
 * them up first): every one gets a JSON 400, whether our validator or Tomcat itself refuses it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileLinksOverHttpTest {
    @LocalServerPort
    int port;

    private String[] get(byte[] target) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET ".getBytes(StandardCharsets.US_ASCII));
            out.write(target);
            out.write(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            return new String[] {response.substring(0, split), response.substring(split + 4)};
        }
    }

    private void assertJson400(String target) throws IOException {
        assertJson400(target.getBytes(StandardCharsets.UTF_8));
    }

    private void assertJson400(byte[] target) throws IOException {
        String[] response = get(target);
        assertThat(response[0]).startsWith("HTTP/1.1 400").containsIgnoringCase("application/json");
        assertThat(response[1]).contains("\"error\":\"").contains("\"param\":");
    }

    @Test
    void aGoodLinkWorksOverHttp() throws IOException {
        String[] response = get("/api/trajectory?surface=custom&f=x^2+y^2&steps=1&run=sgd".getBytes(StandardCharsets.UTF_8));
        assertThat(response[0]).startsWith("HTTP/1.1 200");
        assertThat(response[1]).contains("\"f\":\"x^2+y^2\"");
    }

    @Test
    void aHundredThousandDeepNestingIsRefusedInPlainWords() throws IOException {
        assertJson400("/api/trajectory?surface=custom&f=" + "(".repeat(100_000));
        assertJson400("/api/trajectory?surface=custom&f=" + "%28".repeat(100_000));
    }

    @Test
    void rawCharactersTomcatRefusesStillGetJson() throws IOException {
        assertJson400("/api/trajectory?steps=1 2");
        assertJson400("/api/trajectory?steps=1%202x");
        assertJson400("/api/trajectory?steps=\u0663");
        assertJson400(new byte[] {'/', 'a', 'p', 'i', '/', 't', 'r', 'a', 'j', 'e', 'c', 't', 'o', 'r', 'y', '?', 's', '=', 1});
        assertJson400("/api/trajectory?surface=custom&f=" + "x".repeat(600_000));
    }

    @Test
    void rawMarkupAndQuotesReachTheValidator() throws IOException {
        assertJson400("/api/trajectory?surface=custom&f=<script>alert(1)</script>");
        assertJson400("/api/trajectory?run=adam(lr=\"1\")");
        assertJson400("/api/trajectory?run={}|[]^`\\");
        assertJson400("/api/trajectory?steps=%zz&run=%");
    }
}
