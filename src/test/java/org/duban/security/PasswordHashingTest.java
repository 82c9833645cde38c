package org.duban.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.junit.jupiter.api.Test;

/** The work factor of duban.security.password-hash-cost goes into new hashes; hashes of another factor still verify. */
class PasswordHashingTest {

    @Test
    void shouldHashAtTheConfiguredFactorAndVerifyHashesOfAnyFactor() {
        PasswordHashing hashing = new PasswordHashing(5);
        String hash = hashing.hash("督办-密码-2024");
        assertThat(hash).startsWith("$2a$05$");
        assertThat(hashing.matches("督办-密码-2024", hash)).isTrue();
        assertThat(hashing.matches("督办-密码-2025", hash)).isFalse();

        String madeAtTen = BcryptUtil.bcryptHash("督办-密码-2024", 10);
        assertThat(hashing.matches("督办-密码-2024", madeAtTen)).isTrue();
    }

    @Test
    void shouldCheckAnUnknownUserAgainstADummyAndRefuse() {
        PasswordHashing hashing = new PasswordHashing(4);
        assertThat(hashing.matches("anything", null)).isFalse();
        assertThat(hashing.matches("", null)).isFalse();
    }

    @Test
    void shouldRefuseAFactorBcryptDoesNotHave() {
        assertThatThrownBy(() -> new PasswordHashing(3)).hasMessageContaining("password-hash-cost must be from 4 to 31, not 3");
        assertThatThrownBy(() -> new PasswordHashing(32)).hasMessageContaining("not 32");
    }
}
