package vn.lantoa.links.internal;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import vn.lantoa.links.MalformedLinkException;

/** The canonicaliser with the shipped rules and the registry as seeded by V30, for tests and benchmarks. */
public final class LinkFixtures {

    public static final UrlCanonicalizer CANONICALIZER = new UrlCanonicalizer(LinkRules.standard());

    public static final OfficialDomains SEEDED = new OfficialDomains(Map.ofEntries(
            Map.entry("nhandan.vn", "Báo Nhân Dân"),
            Map.entry("qdnd.vn", "Báo Quân đội nhân dân"),
            Map.entry("baochinhphu.vn", "Báo Điện tử Chính phủ"),
            Map.entry("chinhphu.vn", "Báo Điện tử Chính phủ"),
            Map.entry("tapchicongsan.org.vn", "Tạp chí Cộng sản"),
            Map.entry("dangcongsan.vn", "Báo Điện tử Đảng Cộng sản Việt Nam"),
            Map.entry("dangcongsan.org.vn", "Báo Điện tử Đảng Cộng sản Việt Nam"),
            Map.entry("vietnamplus.vn", "VietnamPlus (Thông tấn xã Việt Nam)"),
            Map.entry("vtv.vn", "Đài Truyền hình Việt Nam"),
            Map.entry("vov.vn", "Đài Tiếng nói Việt Nam"),
            Map.entry("cand.com.vn", "Báo Công an nhân dân"),
            Map.entry("baovinhlong.vn", "Báo Vĩnh Long"),
            Map.entry("baovinhlong.com.vn", "Báo Vĩnh Long"),
            Map.entry("thvl.vn", "Đài Phát thanh và Truyền hình Vĩnh Long"),
            Map.entry("baotravinh.vn", "Báo Trà Vinh"),
            Map.entry("baodongkhoi.vn", "Báo Đồng Khởi")));

    private static final ReloadableResourceBundleMessageSource MESSAGES = new ReloadableResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("classpath:i18n/links");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private LinkFixtures() {}

    /** The reason a person reads, from the links bundle; fails when the key has no sentence. */
    public static String reason(MalformedLinkException e, Locale locale) {
        return MESSAGES.getMessage(e, locale);
    }

    /** Undoes the escapes of {@code link-cases.txt}: {@code \s \n \r \t \\uXXXX}; other backslashes stay. */
    public static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (c == '\\' && next == 's') {
                out.append(' ');
                i++;
            } else if (c == '\\' && next == 'n') {
                out.append('\n');
                i++;
            } else if (c == '\\' && next == 'r') {
                out.append('\r');
                i++;
            } else if (c == '\\' && next == 't') {
                out.append('\t');
                i++;
            } else if (c == '\\' && next == 'u' && i + 5 < s.length()) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
