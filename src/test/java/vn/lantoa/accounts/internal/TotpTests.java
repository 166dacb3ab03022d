package vn.lantoa.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTests {

    /** RFC 6238 appendix B, SHA1 column: the seed is the ASCII string "12345678901234567890". */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void matchesTheRfc6238TestVectorsForHmacSha1(long unixTime, String expected) {
        assertThat(Totp.code(RFC_SEED, unixTime / Totp.STEP_SECONDS, 8)).isEqualTo(expected);
    }

    @Test
    void sixDigitCodesAreTheLastSixDigitsOfTheRfcVectors() {
        String secret = Totp.base32(RFC_SEED);
        assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(secret, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.decode(secret)).isEqualTo(RFC_SEED);
    }

    @Test
    void acceptsTheNeighbouringStepsButNothingFurther() {
        String secret = Totp.newSecret();
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        assertThat(Totp.verify(secret, Totp.code(secret, now), now)).isTrue();
        assertThat(Totp.verify(secret, Totp.code(secret, now.minusSeconds(30)), now))
                .isTrue();
        assertThat(Totp.verify(secret, Totp.code(secret, now.plusSeconds(30)), now))
                .isTrue();
        assertThat(Totp.verify(secret, Totp.code(secret, now.minusSeconds(120)), now))
                .isFalse();
        assertThat(Totp.verify(secret, "12345", now)).isFalse();
        assertThat(Totp.verify(secret, null, now)).isFalse();
    }

    @Test
    void theUriIsWhatAuthenticatorAppsRead() {
        assertThat(Totp.uri("LanToa", "quantri", "ABC"))
                .isEqualTo("otpauth://totp/LanToa:quantri?secret=ABC&issuer=LanToa&algorithm=SHA1&digits=6&period=30");
    }
}
