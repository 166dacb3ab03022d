package vn.lantoa.organization.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one way a unit's row is written: the row, then its materialised path ({@code /1/7/42/}, the
 * parent's path and its own id), on which every scope check and subtree query relies.
 */
public final class UnitRows {

    private UnitRows() {}

    /** Inserts a unit under {@code parentId} ({@code null}: a root) and returns its id. */
    public static long insert(JdbcClient jdbc, Long parentId, long kindId, String name) {
        long id = jdbc.sql("INSERT INTO org_unit (parent_id, kind_id, name) VALUES (?, ?, ?) RETURNING id")
                .params(parentId, kindId, name)
                .query(Long.class)
                .single();
        jdbc.sql("""
                UPDATE org_unit u SET path = coalesce((SELECT p.path FROM org_unit p WHERE p.id = u.parent_id), '/')
                    || u.id || '/' WHERE u.id = ?""").param(id).update();
        return id;
    }
}
