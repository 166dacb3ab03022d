package vn.lantoa.platform.internal.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * Session attributes as objects, so that a request does not pay for Java deserialisation of the
 * security context its session already had on the previous request (it was a tenth of the
 * server's time per API call). An attribute is looked up by its session id and its stored bytes,
 * exactly: when the bytes in the database change (another node wrote the session), they are
 * decoded again; no two sessions share an object. Within one session the same object serves
 * consecutive requests, as it would with sessions held in memory. The bytes are still read from
 * PostgreSQL on every request; only the decoding is saved.
 */
final class DecodedAttributes {

    private static final ThreadLocal<String> SESSION = new ThreadLocal<>();

    private final Cache<Key, Object> decoded;

    /**
     * @param maximumBytes how many stored bytes the remembered attributes may stand for in all
     * @param idle how long an attribute no request asked for is kept
     */
    DecodedAttributes(long maximumBytes, Duration idle) {
        this.decoded = Caffeine.newBuilder()
                .maximumWeight(maximumBytes)
                .<Key, Object>weigher((key, value) -> key.bytes().length + 64)
                .expireAfterAccess(idle)
                .build();
    }

    /** Runs {@code read} (which may decode attributes) as the session with this id. */
    static <T> T asSession(String sessionId, Supplier<T> read) {
        String outer = SESSION.get();
        SESSION.set(sessionId);
        try {
            return read.get();
        } finally {
            if (outer == null) {
                SESSION.remove();
            } else {
                SESSION.set(outer);
            }
        }
    }

    /** Spring Session's conversions (serialise, deserialise) with the deserialising side remembered. */
    GenericConversionService conversions(ClassLoader classLoader) {
        DeserializingConverter deserialise = new DeserializingConverter(classLoader);
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(new GenericConverter() {
            @Override
            public Set<ConvertiblePair> getConvertibleTypes() {
                return Set.of(new ConvertiblePair(byte[].class, Object.class));
            }

            @Override
            public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
                return decode((byte[]) source, deserialise::convert);
            }
        });
        return conversions;
    }

    Object decode(byte[] bytes, Function<byte[], Object> deserialise) {
        String session = SESSION.get();
        if (session == null || bytes == null) {
            return bytes == null ? null : deserialise.apply(bytes);
        }
        return decoded.get(new Key(session, bytes), key -> deserialise.apply(key.bytes()));
    }

    long size() {
        decoded.cleanUp();
        return decoded.estimatedSize();
    }

    private record Key(String session, byte[] bytes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && session.equals(k.session) && Arrays.equals(bytes, k.bytes);
        }

        @Override
        public int hashCode() {
            return 31 * session.hashCode() + Arrays.hashCode(bytes);
        }
    }
}
