package org.duban.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Which addresses count as non-public for the SSRF check (literals only: no name is resolved here). */
class WebhookTargetsTest {

    private static boolean nonPublic(String literal) throws Exception {
        return WebhookTargets.nonPublic(InetAddress.getByName(literal)).isPresent();
    }

    @Test
    void shouldTellPublicAddressesFromTheOthers() throws Exception {
        for (String address : new String[] {"127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.5.4", "172.31.255.255",
                "192.168.0.1", "169.254.169.254", "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.1",
                "255.255.255.255", "198.18.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1",
                "::ffff:192.168.1.1", "ff02::1"}) {
            assertThat(nonPublic(address)).as(address).isTrue();
        }
        for (String address : new String[] {"8.8.8.8", "114.114.114.114", "172.32.0.1", "100.128.0.1",
                "2001:4860:4860::8888", "::ffff:8.8.8.8"}) {
            assertThat(nonPublic(address)).as(address).isFalse();
        }
    }

    @Test
    void shouldRefusePrivateLiteralsUnlessAllowed() {
        assertThatThrownBy(() -> WebhookTargets.check(URI.create("http://[::1]:8080/hook"), false))
                .isInstanceOf(WebhookTargets.TargetRefused.class).hasMessageContaining("loopback");
        WebhookTargets.check(URI.create("http://127.0.0.1:8080/hook"), true);
        assertThatThrownBy(() -> WebhookTargets.parse("gopher://example.com/")).hasMessageContaining("http");
    }
}
