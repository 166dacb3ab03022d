package vn.lantoa.newsroom;

import org.springframework.util.unit.DataSize;
import vn.lantoa.newsroom.internal.ImageVariants;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.RefusedException;

/**
 * The newsroom's image rules for other modules (e.g. screenshots of reports): the type from the
 * magic bytes (JPEG, PNG, WebP; SVG and anything else refused), a size limit, and re-encoding from
 * pixels only so EXIF and other metadata are gone.
 */
public final class ImageRules {

    /** A cleaned image: the detected source type, its size, a JPEG of at most 1200 px wide and a 480 px one. */
    public record CleanImage(String sourceType, int width, int height, byte[] jpeg, byte[] thumbnail) {}

    private ImageRules() {}

    /**
     * Checks and re-encodes an uploaded image.
     *
     * @throws InvalidInputException with a {@code newsroom.media.*} message key when it is refused
     */
    public static CleanImage clean(byte[] bytes, DataSize maxSize) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("newsroom.media.empty");
        }
        if (bytes.length > maxSize.toBytes()) {
            throw new InvalidInputException("newsroom.media.tooLarge", maxSize.toMegabytes());
        }
        try {
            ImageVariants.Result r = ImageVariants.process(bytes);
            return new CleanImage(r.sourceType(), r.width(), r.height(), r.article(), r.list());
        } catch (RefusedException e) {
            throw new InvalidInputException(e.messageKey(), e.args());
        }
    }
}
