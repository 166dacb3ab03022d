package vn.lantoa.reports.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTests {

    private final TextNormalizer normalizer = TextNormalizer.standard();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            phạt 5 triệu đồng          | phat 5000000
            phat 5tr                   | phat 5000000
            phạt 5 củ                  | phat 5000000
            phạt năm triệu             | phat 5000000
            phạt 5.000.000đ            | phat 5000000
            phạt 5.000.000 đồng        | phat 5000000
            phạt 5,000,000 vnd         | phat 5000000
            mất 1tr5                   | mat 1500000
            mất 1 triệu rưỡi           | mat 1500000
            mất 1,5 triệu              | mat 1500000
            thẻ 1tr2 một năm           | the 1200000 mot nam
            nửa triệu                  | 500000
            500 nghìn đồng             | 500000
            500 ngàn                   | 500000
            500k                       | 500000
            40k                        | 40000
            hai mươi lăm triệu         | 25000000
            mười triệu                 | 10000000
            trên trăm triệu            | tren 100000000
            năm trăm nghìn             | 500000
            2 tỷ                       | 2000000000
            giảm 20%                   | giam 20%
            giảm 20 phần trăm          | giam 20%
            từ ngày 1/7                | tu ngay 1/7
            từ mùng 1 tháng 7          | tu ngay 1/7
            hạn 31-12                  | han 31/12
            tăng 100%                  | tang gap doi
            tăng gấp 2                 | tang gap doi
            x2 giá                     | gap doi gia
            ông 60t                    | ong 60 tuoi
            """)
    void bringsAmountsPercentagesAndDatesToOneToken(String text, String expected) {
        assertThat(String.join(" ", normalizer.syllables(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            năm nay mất mùa
            ba mẹ đi làm
            từ năm 2000
            sau 3 ngày
            """)
    void leavesNumberWordsThatAreNoAmountAlone(String text) {
        assertThat(normalizer.syllables(text)).doesNotContain("5", "3000000").noneMatch(s -> s.endsWith("000000"));
    }

    @Test
    void keepsADecimalCommaAndDropsThousandsSeparators() {
        assertThat(Amounts.number("1,5")).isEqualTo("1.5");
        assertThat(Amounts.number("5.000.000")).isEqualTo("5000000");
        assertThat(Amounts.number("500,000")).isEqualTo("500000");
        assertThat(Amounts.number("12")).isEqualTo("12");
    }

    @Test
    void givesBothSyllableListsTheSameAmountToken() {
        assertThat(normalizer.accentedSyllables("phạt 5tr")).contains("5000000");
        assertThat(normalizer.accentedSyllables("phạt 5 triệu đồng")).contains("5000000");
    }
}
