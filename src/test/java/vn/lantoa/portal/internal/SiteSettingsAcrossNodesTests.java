package vn.lantoa.portal.internal;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.portal.internal.cache.ClusterInvalidation;

/**
 * Settings saved on another node reach this one with that node's NOTIFY, as the page cache does;
 * before, this node kept its copy for up to ten minutes.
 */
@LanToaIntegrationTest
class SiteSettingsAcrossNodesTests {

    @Autowired
    SiteSettingsStore settings;

    @Autowired
    ClusterInvalidation cluster;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anotherNodesChangeShowsOnceItsNotifyArrives() {
        await().atMost(Duration.ofSeconds(20)).until(cluster::listening);
        long site = jdbc.sql("SELECT min(id) FROM news_site").query(Long.class).single();
        String before = settings.get(site).address();
        String changed =
                "Số 1, đường Nguyễn Huệ " + UUID.randomUUID().toString().substring(0, 6);
        try {
            // what another node's save writes: the row, then its NOTIFY
            jdbc.sql("INSERT INTO portal_site_settings (site_id, board_head_name, address, updated_at)"
                            + " VALUES (?, 'Trưởng ban', ?, now())"
                            + " ON CONFLICT (site_id) DO UPDATE SET address = excluded.address")
                    .params(site, changed)
                    .update();
            jdbc.sql("SELECT pg_notify('lantoa_portal_cache', 'another-node')")
                    .query()
                    .singleRow();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> changed.equals(settings.get(site).address()));
        } finally {
            jdbc.sql("UPDATE portal_site_settings SET address = ? WHERE site_id = ?")
                    .params(before, site)
                    .update();
            cluster.invalidateEverywhere();
        }
    }
}
