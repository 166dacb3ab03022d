package vn.lantoa.portal.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.portal.internal.cache.PageCache;

/**
 * Site settings, read through a small cache kept per page-cache generation: whatever clears the
 * page cache (a change here, or another node's NOTIFY) makes the next read go to the database. It
 * used to be cleared only on the node where the settings were saved, so another node showed the
 * old ones for up to ten minutes.
 */
@Component
public class SiteSettingsStore {

    private record Key(long generation, long siteId) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PageCache pages;
    private final Cache<Key, SiteSettings> cache = Caffeine.newBuilder()
            .maximumSize(100)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    SiteSettingsStore(JdbcClient jdbc, Clock clock, PageCache pages) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.pages = pages;
    }

    public SiteSettings get(long siteId) {
        return cache.get(new Key(pages.generation(), siteId), k -> load(k.siteId()));
    }

    public void save(SiteSettings s) {
        jdbc.sql("""
                INSERT INTO portal_site_settings (site_id, board_head_name, board_head_title, address, phone, email,
                    agency_links, republish_notice, about_vi, about_en, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (site_id) DO UPDATE SET board_head_name = EXCLUDED.board_head_name,
                    board_head_title = EXCLUDED.board_head_title, address = EXCLUDED.address,
                    phone = EXCLUDED.phone, email = EXCLUDED.email, agency_links = EXCLUDED.agency_links,
                    republish_notice = EXCLUDED.republish_notice, about_vi = EXCLUDED.about_vi,
                    about_en = EXCLUDED.about_en, updated_at = EXCLUDED.updated_at""")
                .params(
                        s.siteId(),
                        s.boardHeadName(),
                        s.boardHeadTitle(),
                        s.address(),
                        s.phone(),
                        s.email(),
                        s.agencyLinks(),
                        s.republishNotice(),
                        s.aboutVi(),
                        s.aboutEn(),
                        OffsetDateTime.now(clock))
                .update();
        cache.invalidateAll();
    }

    public void forget() {
        cache.invalidateAll();
    }

    private SiteSettings load(long siteId) {
        return jdbc.sql("""
                SELECT site_id, board_head_name, board_head_title, address, phone, email, agency_links,
                       republish_notice, about_vi, about_en
                FROM portal_site_settings WHERE site_id = ?""")
                .param(siteId)
                .query((rs, n) -> new SiteSettings(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10)))
                .optional()
                .orElseGet(() -> SiteSettings.blank(siteId));
    }
}
