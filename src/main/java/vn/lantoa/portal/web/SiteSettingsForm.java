package vn.lantoa.portal.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.lantoa.platform.VietnameseText;
import vn.lantoa.portal.internal.SiteSettings;

/** The site settings form of {@code /quan-tri/cai-dat-trang}. */
public record SiteSettingsForm(
        @NotBlank @Size(max = 200) String boardHeadName,
        @Size(max = 300) String boardHeadTitle,
        @Size(max = 300) String address,
        @Size(max = 50) @Pattern(regexp = "[0-9 +().-]*") String phone,
        @Size(max = 200) @Email String email,
        @Size(max = 4000) String agencyLinks,
        @Size(max = 1000) String republishNotice,
        @Size(max = 10000) String aboutVi,
        @Size(max = 10000) String aboutEn) {

    /** Every non-blank line of the agency links is "Name | http(s)://…". */
    @AssertTrue
    public boolean isAgencyLinksWellFormed() {
        if (agencyLinks == null) {
            return true;
        }
        long lines = agencyLinks.lines().filter(l -> !l.isBlank()).count();
        return toSettings(0).links().size() == lines;
    }

    static SiteSettingsForm of(SiteSettings s) {
        return new SiteSettingsForm(
                s.boardHeadName(),
                s.boardHeadTitle(),
                s.address(),
                s.phone(),
                s.email(),
                s.agencyLinks(),
                s.republishNotice(),
                s.aboutVi(),
                s.aboutEn());
    }

    SiteSettings toSettings(long siteId) {
        return new SiteSettings(
                siteId,
                clean(boardHeadName),
                clean(boardHeadTitle),
                clean(address),
                clean(phone),
                clean(email),
                clean(agencyLinks),
                clean(republishNotice),
                clean(aboutVi),
                clean(aboutEn));
    }

    private static String clean(String s) {
        return s == null ? "" : VietnameseText.nfc(s).strip();
    }
}
