package vn.lantoa.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code lantoa.*}.
 *
 * @param dataDir where the embedded PostgreSQL keeps its data (and uploads later)
 * @param site the public site's name, so that no department name is hard-coded
 */
@ConfigurationProperties("lantoa")
public record LanToaProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Site site,
        @DefaultValue Admin admin,
        @DefaultValue Demo demo) {

    /**
     * @param name shown in titles and the header
     * @param baseUrl the public address of the site, for absolute links (feeds, sharing, e-mails)
     */
    public record Site(
            @DefaultValue("Trang thông tin điện tử Ban Tuyên giáo và Dân vận")
            String name,

            @DefaultValue("http://localhost:8080") String baseUrl) {}

    /** @param initialPassword password of the {@code admin} created on the first start; random when unset */
    public record Admin(String initialPassword) {}

    /**
     * @param enabled {@code null}: on with the embedded database, off with an external one
     * @param password password of every demo account
     */
    public record Demo(
            Boolean enabled,
            @DefaultValue("LanToa-demo-2026") String password) {}
}
