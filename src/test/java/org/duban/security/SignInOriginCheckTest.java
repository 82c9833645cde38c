package org.duban.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInOriginCheckTest {

    @Test
    void shouldAcceptAPostFromThisSite() {
        assertThat(SignInOriginCheck.sameOrigin("127.0.0.1:8080", null, "http://127.0.0.1:8080", null)).isTrue();
        assertThat(SignInOriginCheck.sameOrigin("duban.example.gov.cn", null, "https://duban.example.gov.cn", null)).isTrue();
        assertThat(SignInOriginCheck.sameOrigin("duban.example.gov.cn:443", null, "https://duban.example.gov.cn", null)).isTrue();
        assertThat(SignInOriginCheck.sameOrigin("localhost:8080", null, null, "http://localhost:8080/login?error=true")).isTrue();
    }

    @Test
    void shouldTrustFetchMetadataWhereTheBrowserSendsIt() {
        // no-referrer makes a browser's Origin "null"; Sec-Fetch-Site still tells.
        assertThat(SignInOriginCheck.sameOrigin("127.0.0.1:8080", "same-origin", "null", null)).isTrue();
        assertThat(SignInOriginCheck.sameOrigin("127.0.0.1:8080", "cross-site", "http://127.0.0.1:8080", null)).isFalse();
        assertThat(SignInOriginCheck.sameOrigin("127.0.0.1:8080", "same-site", null, null)).isFalse();
    }

    @Test
    void shouldRefuseAPostFromAnotherSiteOrFromNowhere() {
        assertThat(SignInOriginCheck.sameOrigin("127.0.0.1:8080", null, "https://evil.example", null)).isFalse();
        assertThat(SignInOriginCheck.sameOrigin("127.0.0.1:8080", null, "http://127.0.0.1:9090", null)).isFalse();
        assertThat(SignInOriginCheck.sameOrigin("127.0.0.1:8080", null, "null", null)).isFalse();
        assertThat(SignInOriginCheck.sameOrigin("127.0.0.1:8080", null, null, null)).isFalse();
        assertThat(SignInOriginCheck.sameOrigin("duban.example.gov.cn", null, null, "https://duban.example.gov.cn.evil.example/")).isFalse();
        assertThat(SignInOriginCheck.sameOrigin("duban.example.gov.cn:8443", null, "https://duban.example.gov.cn", null)).isFalse();
    }
}
