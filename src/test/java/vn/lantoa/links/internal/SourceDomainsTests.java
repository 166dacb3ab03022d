package vn.lantoa.links.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the back-office form's domain field is read. */
class SourceDomainsTests {

    @Test
    void readsOneDomainPerLineOrCommaSeparatedLowerCasedAndInPunycode() {
        List<String> out = new ArrayList<>();
        assertThat(SourceAdministration.domains(" NhanDan.VN.\nen.nhandan.vn, báođiệntử.vn ; nhandan.vn", out))
                .isNull();
        assertThat(out).containsExactly("nhandan.vn", "en.nhandan.vn", "xn--boint-xqa15aj24r3ja.vn");
    }

    @Test
    void refusesAddressesPathsSingleLabelsAndEmptyInput() {
        for (String bad : new String[] {"https://nhandan.vn/x", "nhandan.vn/x", "localhost", "nhan dan!.vn", "a..vn"}) {
            assertThat(SourceAdministration.domains(bad, new ArrayList<>()))
                    .as(bad)
                    .isEqualTo("links.form.error.domainInvalid");
        }
        assertThat(SourceAdministration.domains("  \n ", new ArrayList<>()))
                .isEqualTo("links.form.error.domainRequired");
    }
}
