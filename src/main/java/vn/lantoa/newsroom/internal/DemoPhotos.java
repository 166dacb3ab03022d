package vn.lantoa.newsroom.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo site's photographs ({@code demo/photos/}, GPL-2+ pictures from Debian's mate-backgrounds,
 * credited in {@code demo/photos/NOTICE}), put into the media library so the demo articles have
 * covers and images in their text.
 */
final class DemoPhotos {

    /** A photo of the library with what the demo says about it. */
    record Photo(long mediaId, String alt, String caption, String credit) {}

    private record Source(String file, String alt, String caption, String credit) {}

    private static final List<Source> SOURCES = List.of(
            new Source(
                    "greenmeadow.jpg",
                    "Thảm cỏ non xanh mướt",
                    "Màu xanh của đồng ruộng sau mùa mưa.",
                    "Timothy Schellhase"),
            new Source("dune.jpg", "Bãi cỏ khô ven biển dưới trời xanh", "Vùng ven biển vào mùa khô.", "Marco Cogoni"),
            new Source(
                    "freshflower.jpg",
                    "Bông hoa màu cam nở rộ",
                    "Hoa nở trong khuôn viên nhà văn hóa ấp.",
                    "Jens Ansorg"),
            new Source(
                    "garden.jpg",
                    "Bông hoa đỏ trong vườn nhà dân",
                    "Vườn hoa của một gia đình văn hóa.",
                    "Charles Barbin"),
            new Source(
                    "ladybird.jpg",
                    "Chú bọ rùa đậu trên nhánh hoa lưu ly",
                    "Vườn sinh thái không dùng thuốc trừ sâu.",
                    "Charles Barbin"),
            new Source(
                    "raindrops.jpg", "Những giọt mưa đọng trên lá xanh", "Sau cơn mưa đầu mùa.", "blackcombwhistler07"),
            new Source(
                    "storm.jpg",
                    "Mây giông kéo đến trên con đường vắng",
                    "Mây giông chiều trên quốc lộ.",
                    "Sergey Nazarov"),
            new Source("yellowflower.jpg", "Cận cảnh bông hoa vàng", "Hoa vàng trước sân trụ sở ấp.", "Charles Barbin"),
            new Source("aqua.jpg", "Giọt nước bắn lên trên mặt nước", "Nước sạch về với người dân.", "Charles Barbin"),
            new Source(
                    "twowings.jpg",
                    "Hạt bồ công anh bay trước nền hoa cam",
                    "Lan tỏa những điều tốt đẹp.",
                    "Charles Barbin"));

    private DemoPhotos() {}

    static List<Photo> load(JdbcClient jdbc, long siteId, OffsetDateTime at) {
        List<Photo> photos = new ArrayList<>();
        for (Source s : SOURCES) {
            ImageVariants.Result r = ImageVariants.process(bytes("demo/photos/" + s.file()));
            long id = jdbc.sql("""
                    INSERT INTO news_media (site_id, original_name, source_type, width, height, list_jpeg, article_jpeg,
                                            og_jpeg, uploaded_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'bientap', ?) RETURNING id""")
                    .params(siteId, s.alt(), r.sourceType(), r.width(), r.height(), r.list(), r.article(), r.og(), at)
                    .query(Long.class)
                    .single();
            photos.add(new Photo(id, s.alt(), s.caption(), s.credit()));
        }
        return photos;
    }

    /** The photo as the editor places it in the text: a figure with caption and credit. */
    static String figure(Photo p) {
        return "<figure><img src=\"/media/" + p.mediaId() + "/article.jpg\" alt=\"" + p.alt() + "\"><figcaption>"
                + p.caption() + " <small>Ảnh: " + p.credit() + "</small></figcaption></figure>\n";
    }

    private static byte[] bytes(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
