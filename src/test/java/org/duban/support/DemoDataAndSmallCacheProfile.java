package org.duban.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The settings of two tests that the rest of the suite must not have, in one profile: every profile is one more start
 * of the test application (about 7 s of a core per database run), and these two cannot disturb each other.
 * <ul>
 * <li>the demo import at start ({@code DemoDataTest});</li>
 * <li>a cache of 8 KiB, so that an export above 1 KiB is not kept ({@code LargeExportTest}). The cache holds only
 * copies of answers: its size changes how often they are written, never what they say.</li>
 * </ul>
 */
public class DemoDataAndSmallCacheProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("duban.demo-data", "true", "duban.cache.max-bytes", "8192");
    }
}
