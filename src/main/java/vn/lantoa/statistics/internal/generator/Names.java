package vn.lantoa.statistics.internal.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Real-looking Vietnamese names for generated data: people (surnames weighted as in the Mekong
 * delta, Khmer family names of the former Trà Vinh among them), communes and wards, hamlets.
 * Deterministic: everything comes from the caller's random source.
 */
final class Names {

    private static final String[] SURNAMES = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương",
        "Lý", "Hoàng", "Đinh", "Lâm", "Tạ", "Thạch", "Kim", "Sơn", "Châu", "Cao", "Mai", "Lưu", "Tô", "Quách"
    };
    // Rough shares of the surnames above, in per mille.
    private static final int[] SURNAME_WEIGHTS = {
        340, 110, 95, 70, 60, 55, 45, 30, 25, 22, 20, 18, 18, 12, 12, 12, 8, 8, 5, 10, 6, 6, 4, 3, 2, 2, 1, 1
    };
    private static final String[] MALE_MIDDLE = {"Văn", "Minh", "Quốc", "Thanh", "Hoàng", "Hữu", "Công", "Đức", "Tấn"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Ngọc", "Thanh", "Kim", "Thu", "Mỹ", "Hồng", "Bích"};
    private static final String[] MALE_GIVEN = {
        "Hùng", "Dũng", "Khoa", "Tuấn", "Phúc", "Bình", "Hải", "Long", "Nam", "Sơn", "Tâm", "Thành", "Trí", "Vinh",
        "Quang", "Hiếu", "Nghĩa", "Lộc", "Tài", "Toàn", "Khải", "Phong", "Hậu", "Duy", "Thắng", "Cường", "Đạt"
    };
    private static final String[] FEMALE_GIVEN = {
        "Lan", "Hoa", "Thảo", "Nga", "Hương", "Trang", "Linh", "Mai", "Yến", "Nhung", "Loan", "Phượng", "Thủy",
        "Hạnh", "Duyên", "Trinh", "Diễm", "Ngân", "Vy", "Hằng", "Tuyết", "Châu", "My", "Oanh", "Xuân", "Kiều"
    };

    /** Communes and wards of today's Vĩnh Long (with the former Trà Vinh and Bến Tre), as far as known. */
    private static final String[] PLACES = {
        "Long Châu",
        "Phước Hậu",
        "Thanh Đức",
        "Long Hồ",
        "Tân Hạnh",
        "Tân Ngãi",
        "Trà Vinh",
        "Nguyệt Hóa",
        "Long Đức",
        "Hòa Thuận",
        "Bến Tre",
        "An Hội",
        "Phú Khương",
        "Sơn Đông",
        "Bình Minh",
        "Cái Vồn",
        "Đông Thành",
        "Duyên Hải",
        "Trường Long Hòa",
        "Tiểu Cần",
        "Hùng Hòa",
        "Tân Hòa",
        "Càng Long",
        "Cầu Kè",
        "Cầu Ngang",
        "Trà Cú",
        "Châu Thành",
        "Mỏ Cày",
        "Giồng Trôm",
        "Ba Tri",
        "Thạnh Phú",
        "Chợ Lách",
        "Bình Đại",
        "Trà Ôn",
        "Vũng Liêm",
        "Tam Bình",
        "Mang Thít",
        "Song Phú",
        "Hòa Bình",
        "Long Hữu",
        "Quới Thiện",
        "Cái Nhum",
        "Hiếu Phụng",
        "Tân Quới",
        "Lục Sĩ Thành",
        "Hòa Minh",
        "Long Hiệp",
        "Tập Ngãi",
        "Hưng Khánh Trung",
        "Nhơn Phú",
        "Phú Quới",
        "Bình Phước",
        "Cái Ngang",
        "Hòa Hiệp",
        "Trung Thành",
        "Trung Hiệp",
        "Hiếu Thành",
        "Tân Long Hội",
        "Ngãi Tứ",
        "Lợi Bình Nhơn",
        "An Bình",
        "Phú Phụng",
        "Thạnh Phong",
        "An Định",
        "Tân Thành Bình",
        "Đại An",
        "Hàm Giang",
        "Long Hiệp Trà Cú",
        "Nhị Trường",
        "Hiệp Mỹ",
        "Mỹ Long",
        "Vinh Kim",
        "Kim Hòa",
        "Long Thới",
        "Ngũ Lạc",
        "Đôn Châu",
        "Long Vĩnh",
        "Đông Hải",
        "Hưng Mỹ",
        "Phong Thạnh",
        "An Trường",
        "Tân An",
        "Huyền Hội",
        "Bình Phú",
        "Phú Túc",
        "Tân Phú",
        "Phước Long",
        "Lương Hòa",
        "Châu Hòa",
        "Tân Xuân",
        "Mỹ Chánh Hòa",
        "An Ngãi Trung",
        "Bảo Thạnh",
        "Thới Thuận",
        "Lộc Thuận",
        "Châu Hưng",
        "Phú Thuận",
        "Thạnh Trị",
        "Đại Điền",
        "An Qui",
        "Quới Điền",
        "Tân Phong",
        "Hưng Nhượng",
        "Tân Thủy",
        "Phong Nẫm",
        "Thành Thới",
        "An Thạnh",
        "Đồng Khởi",
        "Hương Mỹ",
        "Nhuận Phú Tân",
        "Tân Thành",
        "Cẩm Sơn",
        "Phước Mỹ Trung",
        "Tân Phú Tây",
        "Thành An",
        "Vĩnh Thành",
        "Hưng Khánh",
        "Phú Sơn",
        "Long Thới Chợ Lách",
        "Hòa Lợi",
        "Song Lộc",
        "Tân Lược",
        "Mỹ Thuận",
        "Ngãi Hòa"
    };

    private static final String[] HAMLET_FIRST = {
        "Tân", "Phú", "Long", "An", "Bình", "Hòa", "Mỹ", "Thạnh", "Vĩnh", "Phước", "Hưng", "Đông", "Tây", "Trung"
    };
    private static final String[] HAMLET_SECOND = {
        "Lập", "Hòa", "Thuận", "Lợi", "Phú", "Thạnh", "Hưng", "Khánh", "Tiến", "Bình", "Định", "Quới", "Xuân", "An"
    };

    private Names() {}

    static String person(SplittableRandom random, boolean female) {
        String surname = SURNAMES[weighted(random, SURNAME_WEIGHTS)];
        String middle = pick(random, female ? FEMALE_MIDDLE : MALE_MIDDLE);
        String given = pick(random, female ? FEMALE_GIVEN : MALE_GIVEN);
        return surname + " " + middle + " " + given;
    }

    /** {@code count} distinct commune names: the list above, then compounds of its words. */
    static List<String> places(int count) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; names.size() < count && i < PLACES.length; i++) {
            names.add(PLACES[i]);
        }
        for (int i = 0; names.size() < count; i++) {
            names.add(HAMLET_FIRST[i % HAMLET_FIRST.length] + " "
                    + PLACES[(i * 7) % PLACES.length].split(" ")[0]
                    + (i >= HAMLET_FIRST.length * PLACES.length ? " " + (i + 1) : ""));
        }
        return new ArrayList<>(names);
    }

    static String hamlet(SplittableRandom random) {
        return pick(random, HAMLET_FIRST) + " " + pick(random, HAMLET_SECOND);
    }

    static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    static int weighted(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
