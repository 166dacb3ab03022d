package vn.lantoa.organization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/** The member spreadsheet: Vietnamese headers, the same columns for the template, export and import. */
public final class MemberSheet {

    public static final List<String> HEADERS = List.of(
            "Họ và tên",
            "Đơn vị",
            "Loại thành viên",
            "Số điện thoại",
            "Email",
            "Liên kết trang cá nhân",
            "Trạng thái",
            "Ngày đồng ý xử lý dữ liệu");
    public static final String ACTIVE = "Đang hoạt động";
    public static final String LEFT = "Đã rời";
    public static final int MAX_ROWS = 20_000;

    private MemberSheet() {}

    /** Writes a workbook with the header row and the given lines (none for the template). */
    public static void write(List<List<String>> lines, OutputStream out) throws IOException {
        ImportSheet.write("Thành viên", HEADERS, lines, out);
    }

    /**
     * Reads the first sheet. Throws {@link OrgValidationException} when the file is not an XLSX
     * workbook, the headers differ from the template, or it is too long.
     */
    public static List<ImportSheet.Line> read(InputStream in) {
        return ImportSheet.read(in, HEADERS, MAX_ROWS);
    }
}
