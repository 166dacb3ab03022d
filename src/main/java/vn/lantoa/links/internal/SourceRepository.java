package vn.lantoa.links.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lantoa.links.SourceKind;

/** The official-source tables {@code lnk_source} and {@code lnk_source_domain}. */
@Repository
public class SourceRepository {

    private static final String SELECT = """
            SELECT s.id, s.name, s.kind, s.active,
                   coalesce(array_agg(d.domain ORDER BY d.domain) FILTER (WHERE d.domain IS NOT NULL), '{}') AS domains
            FROM lnk_source s LEFT JOIN lnk_source_domain d ON d.source_id = s.id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    SourceRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<SourceRow> findAll() {
        return jdbc.sql(SELECT + " GROUP BY s.id ORDER BY s.active DESC, s.name")
                .query(SourceRepository::row)
                .list();
    }

    public Optional<SourceRow> findById(long id) {
        return jdbc.sql(SELECT + " WHERE s.id = :id GROUP BY s.id")
                .param("id", id)
                .query(SourceRepository::row)
                .optional();
    }

    /** Domain owners other than {@code exceptSourceId}, for the "already registered" check. */
    public Optional<String> ownerOf(String domain, long exceptSourceId) {
        return jdbc.sql("""
                        SELECT s.name FROM lnk_source_domain d JOIN lnk_source s ON s.id = d.source_id
                        WHERE d.domain = :domain AND d.source_id <> :id""")
                .param("domain", domain)
                .param("id", exceptSourceId)
                .query(String.class)
                .optional();
    }

    public Optional<Long> idByName(String name, long exceptSourceId) {
        return jdbc.sql("SELECT id FROM lnk_source WHERE lower(name) = lower(:name) AND id <> :id")
                .param("name", name)
                .param("id", exceptSourceId)
                .query(Long.class)
                .optional();
    }

    public long insert(String name, SourceKind kind, List<String> domains) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql("""
                        INSERT INTO lnk_source (name, kind, active, created_at, updated_at)
                        VALUES (:name, :kind, TRUE, :now, :now) RETURNING id""")
                .param("name", name)
                .param("kind", kind.name())
                .param("now", now)
                .query(Long.class)
                .single();
        insertDomains(id, domains);
        return id;
    }

    public void update(long id, String name, SourceKind kind, boolean active, List<String> domains) {
        jdbc.sql("UPDATE lnk_source SET name = :name, kind = :kind, active = :active, updated_at = :now WHERE id = :id")
                .param("name", name)
                .param("kind", kind.name())
                .param("active", active)
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM lnk_source_domain WHERE source_id = :id")
                .param("id", id)
                .update();
        insertDomains(id, domains);
    }

    public void setActive(long id, boolean active) {
        jdbc.sql("UPDATE lnk_source SET active = :active, updated_at = :now WHERE id = :id")
                .param("active", active)
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .update();
    }

    /** A stamp that changes whenever a source changes: a cheap "must I reload?" for other nodes. */
    public String version() {
        return jdbc.sql("SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM lnk_source")
                .query(String.class)
                .single();
    }

    private void insertDomains(long id, List<String> domains) {
        for (String domain : domains) {
            jdbc.sql("INSERT INTO lnk_source_domain (source_id, domain) VALUES (:id, :domain)")
                    .param("id", id)
                    .param("domain", domain)
                    .update();
        }
    }

    private static SourceRow row(ResultSet rs, int n) throws SQLException {
        Array array = rs.getArray("domains");
        List<String> domains = Arrays.asList((String[]) array.getArray());
        return new SourceRow(
                rs.getLong("id"),
                rs.getString("name"),
                SourceKind.valueOf(rs.getString("kind")),
                rs.getBoolean("active"),
                List.copyOf(domains));
    }
}
