package vn.lantoa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackOfficeMenuTests {

    static final List<BackOffice.MenuEntry> ENTRIES = List.of(
            new BackOffice.MenuEntry(BackOffice.Section.OVERVIEW, "a", "/quan-tri", 0),
            new BackOffice.MenuEntry(BackOffice.Section.NEWS, "b", "/quan-tri/bai-viet", 10),
            new BackOffice.MenuEntry(BackOffice.Section.NEWS, "c", "/quan-tri/bai-viet/chuyen-muc", 20));

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "/quan-tri, /quan-tri",
                "/quan-tri/bai-viet, /quan-tri/bai-viet",
                "/quan-tri/bai-viet/12, /quan-tri/bai-viet",
                "/quan-tri/bai-viet/chuyen-muc, /quan-tri/bai-viet/chuyen-muc",
                "/quan-tri/bai-viet-cu, /quan-tri",
                "/quan-tri/phan-anh/3, /quan-tri",
                "/, none",
                "/quan-trix, none"
            })
    void marksTheLongestEntryThePathIsOnOrBelow(String path, String current) {
        assertThat(BackOfficeMenu.currentHref(ENTRIES, path)).isEqualTo(current);
    }
}
