package org.duban.webhooks;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Webhook tests deliver to a receiver on 127.0.0.1, which the SSRF check refuses unless private targets are allowed:
 * only these tests allow them. The worker polls every second and retries quickly, so that a retry shows in seconds.
 */
public class PrivateTargetsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "duban.webhooks.allow-private-targets", "true",
                "duban.webhooks.poll-interval", "1s",
                "duban.webhooks.first-retry", "PT1S",
                "duban.webhooks.max-retry-interval", "PT2S",
                "duban.webhooks.retry-for", "PT6S");
    }
}
