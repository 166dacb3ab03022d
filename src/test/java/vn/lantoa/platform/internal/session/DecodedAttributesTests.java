package vn.lantoa.platform.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;

class DecodedAttributesTests {

    final DecodedAttributes attributes = new DecodedAttributes(1 << 20, Duration.ofMinutes(30));
    final AtomicInteger decodings = new AtomicInteger();

    /** A stand-in for Java deserialisation that counts its calls and makes a new object each time. */
    final Function<byte[], Object> decode = bytes -> {
        decodings.incrementAndGet();
        return new StringBuilder(new String(bytes, StandardCharsets.UTF_8));
    };

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameStoredBytesOfOneSessionAreDecodedOnce() {
        Object first = DecodedAttributes.asSession("s1", () -> attributes.decode(bytes("ctx-v1"), decode));
        Object second = DecodedAttributes.asSession("s1", () -> attributes.decode(bytes("ctx-v1"), decode));

        assertThat(second).isSameAs(first);
        assertThat(decodings).hasValue(1);
    }

    @Test
    void changedBytesAreDecodedAgain() {
        Object before = DecodedAttributes.asSession("s1", () -> attributes.decode(bytes("ctx-v1"), decode));
        Object after = DecodedAttributes.asSession("s1", () -> attributes.decode(bytes("ctx-v2"), decode));

        assertThat(after.toString()).isEqualTo("ctx-v2");
        assertThat(after).isNotSameAs(before);
        assertThat(decodings).hasValue(2);
    }

    @Test
    void twoSessionsNeverShareAnObjectEvenWithTheSameBytes() {
        Object mine = DecodedAttributes.asSession("s1", () -> attributes.decode(bytes("same"), decode));
        Object theirs = DecodedAttributes.asSession("s2", () -> attributes.decode(bytes("same"), decode));

        assertThat(theirs).isNotSameAs(mine);
        assertThat(decodings).hasValue(2);
    }

    @Test
    void outsideASessionEveryDecodingIsFresh() {
        Object one = attributes.decode(bytes("x"), decode);
        Object two = attributes.decode(bytes("x"), decode);

        assertThat(two).isNotSameAs(one);
        assertThat(attributes.size()).isZero();
    }

    @Test
    void keepsNoMoreThanItsByteBudget() {
        DecodedAttributes small = new DecodedAttributes(10_000, Duration.ofMinutes(30));
        for (int i = 0; i < 200; i++) {
            int n = i;
            DecodedAttributes.asSession("s" + n, () -> small.decode(new byte[1_000], decode));
        }

        assertThat(small.size()).isLessThanOrEqualTo(10);
    }

    @Test
    void theConversionsRoundTripARealSecurityContext() {
        GenericConversionService conversions = attributes.conversions(getClass().getClassLoader());
        SecurityContextImpl context = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                "thanhvien", null, AuthorityUtils.createAuthorityList("ROLE_MEMBER")));
        byte[] stored = (byte[]) conversions.convert(
                context, TypeDescriptor.valueOf(Object.class), TypeDescriptor.valueOf(byte[].class));

        Object read = DecodedAttributes.asSession(
                "s1",
                () -> conversions.convert(
                        stored, TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class)));
        Object again = DecodedAttributes.asSession(
                "s1",
                () -> conversions.convert(
                        stored.clone(), TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class)));

        assertThat(read).isEqualTo(context).isSameAs(again);
    }
}
