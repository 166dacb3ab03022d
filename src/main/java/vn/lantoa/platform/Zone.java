package vn.lantoa.platform;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Time zone and formats of DESIGN.md: Asia/Ho_Chi_Minh, dd/MM/yyyy, weeks start on Monday. */
public final class Zone {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final Locale VI = Locale.forLanguageTag("vi-VN");
    public static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VIETNAM);
    public static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);

    private Zone() {}
}
