package vn.lantoa.reports.internal.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NearDuplicatesTests {

    private static double similarity(String a, String b) {
        return NearDuplicates.similarity(NearDuplicates.shingles(a), NearDuplicates.shingles(b));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Từ ngày 1/12 mọi xe máy phải đóng phí 500 nghìn mỗi tháng, ai không đóng sẽ bị thu xe | nghe noi tu ngay 1/12 moi xe may phai dong phi 500 nghin moi thang, khong dong se bi thu xe
            Cầu Đại Ngãi bị sập trong đêm qua, cấm toàn bộ xe qua lại từ sáng nay | CẦU ĐẠI NGÃI BỊ SẬP TRONG ĐÊM QUA!!! Cấm toàn bộ xe qua lại, mọi người chia sẻ gấp
            Ngân hàng nhà nước sẽ đổi tiền mới, tiền cũ hết giá trị từ tháng sau, ai không đổi kịp mất hết | Nhà nước sắp đổi tiền mới, tiền cũ sẽ hết giá trị từ tháng sau, ai không đổi kịp là mất hết
            Nhắn tin đến số này để nhận 2 triệu tiền hỗ trợ của xã, hạn chót hôm nay | nhan tin den so nay de nhan 2 trieu tien ho tro cua xa han chot hom nay nhe ba con
            """)
    void rewordedCopiesOfAMessageAreNearDuplicates(String a, String b) {
        assertThat(similarity(a, b)).isGreaterThanOrEqualTo(NearDuplicates.SUGGEST_FROM);
    }

    @ParameterizedTest(name = "{0} ≁ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Từ ngày 1/12 mọi xe máy phải đóng phí 500 nghìn mỗi tháng, ai không đóng sẽ bị thu xe | Cầu Đại Ngãi bị sập trong đêm qua, cấm toàn bộ xe qua lại từ sáng nay
            Ngân hàng nhà nước sẽ đổi tiền mới, tiền cũ hết giá trị từ tháng sau | Nhắn tin đến số này để nhận 2 triệu tiền hỗ trợ của xã, hạn chót hôm nay
            Xã Tiểu Cần sắp thu hồi đất của toàn bộ các hộ ven sông để làm khu công nghiệp | Từ tháng sau mọi hộ dân phải nộp phí nước sinh hoạt gấp đôi, ai không nộp bị cắt nước
            """)
    void unrelatedTextsAreNot(String a, String b) {
        assertThat(similarity(a, b)).isLessThan(NearDuplicates.SUGGEST_FROM);
    }

    @Test
    void equalTextsShareEveryBandAndEmptyTextsHaveNone() {
        var a = NearDuplicates.shingles("Cầu Đại Ngãi bị sập trong đêm");
        var b = NearDuplicates.shingles("cau dai ngai bi sap trong dem");
        assertThat(NearDuplicates.bands(a)).hasSize(NearDuplicates.BANDS).containsExactly(NearDuplicates.bands(b));
        assertThat(NearDuplicates.bands(NearDuplicates.shingles("!!! ..."))).isEmpty();
        assertThat(similarity("", "cau dai ngai")).isZero();
    }
}
