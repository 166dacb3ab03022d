package vn.lantoa.portal.internal;

import org.springframework.stereotype.Component;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.platform.DemoDataContributor;

/** Footer and organisation texts of the demo site (after the newsroom made the site). */
@Component
class PortalDemoData implements DemoDataContributor {

    private final ArticleCatalog catalog;
    private final SiteSettingsStore settings;

    PortalDemoData(ArticleCatalog catalog, SiteSettingsStore settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void contribute(DemoContext context) {
        catalog.siteForHost("")
                .ifPresent(site -> settings.save(new SiteSettings(
                        site.id(),
                        "Trần Văn Minh",
                        "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy (dữ liệu mẫu)",
                        "Số 1 đường Hoàng Thái Hiếu, phường 1, tỉnh Vĩnh Long (dữ liệu mẫu)",
                        "0270 3 800 000",
                        "bantuyengiao@example.gov.vn",
                        """
                Cổng thông tin điện tử Chính phủ | https://chinhphu.vn
                Báo Nhân Dân | https://nhandan.vn
                Tạp chí Cộng sản | https://www.tapchicongsan.org.vn
                Bộ Văn hóa, Thể thao và Du lịch | https://bvhttdl.gov.vn""",
                        "Ghi rõ nguồn \"Trang thông tin điện tử Ban Tuyên giáo và Dân vận\" khi phát hành lại thông tin từ website này.",
                        """
                Ban Tuyên giáo và Dân vận Tỉnh ủy là cơ quan tham mưu, giúp việc của Tỉnh ủy về công tác tuyên giáo và dân vận.
                Ban có chức năng tham mưu về công tác tư tưởng, lý luận, báo chí, xuất bản, văn hóa, văn nghệ, khoa giáo và công tác dân vận; bảo vệ nền tảng tư tưởng của Đảng.
                Trang thông tin điện tử của Ban đăng tải tin tức, sự kiện và thông tin chính thống của địa phương (dữ liệu mẫu).""",
                        """
                The Provincial Party Committee's Commission for Communication, Education and Mass Mobilisation advises and assists the Committee in communication, education and mass mobilisation work.
                Its functions include advising on ideology, theory, the press, publishing, culture, science and education, mass mobilisation, and protecting the Party's ideological foundation.
                This website publishes the commission's news, events and official information (demo data).""")));
    }
}
