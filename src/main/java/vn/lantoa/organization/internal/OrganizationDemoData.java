package vn.lantoa.organization.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.DemoDataContributor;

/** A demo commune-level tree with a few members and sharing groups. Context keys: {@code unit.*}, {@code member.*}. */
@Component
class OrganizationDemoData implements DemoDataContributor {

    private final JdbcClient jdbc;
    private final Clock clock;

    OrganizationDemoData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void contribute(DemoContext context) {
        long tinhUy = kind("TINH_UY", "Tỉnh ủy", 10);
        long dangUyXa = kind("DANG_UY_XA", "Đảng ủy xã", 20);
        long chiBo = kind("CHI_BO", "Chi bộ", 30);
        long doanThe = kind("DOAN_THE", "Đoàn thể", 40);

        long root = unit(null, tinhUy, "Tỉnh ủy Vĩnh Long (dữ liệu mẫu)");
        long tieuCan = unit(root, dangUyXa, "Đảng ủy xã Tiểu Cần");
        long hungHoa = unit(root, dangUyXa, "Đảng ủy xã Hùng Hòa");
        long cauTre = unit(tieuCan, chiBo, "Chi bộ ấp Cầu Tre");
        long doanTieuCan = unit(tieuCan, doanThe, "Đoàn Thanh niên xã Tiểu Cần");
        long tanTrung = unit(hungHoa, chiBo, "Chi bộ ấp Tân Trung");
        context.put("unit.root", root);
        context.put("unit.tieuCan", tieuCan);
        context.put("unit.hungHoa", hungHoa);

        long canBo = memberKind("CAN_BO", "Cán bộ", 10);
        long dangVien = memberKind("DANG_VIEN", "Đảng viên", 20);
        long doanVien = memberKind("DOAN_VIEN", "Đoàn viên", 30);
        memberKind("HOI_VIEN", "Hội viên", 40);

        long lan = member(cauTre, dangVien, "Nguyễn Thị Lan", "0912345601");
        long hung = member(cauTre, dangVien, "Trần Văn Hùng", null);
        long thao = member(doanTieuCan, doanVien, "Lê Thị Thảo", "0912345603");
        long duc = member(doanTieuCan, doanVien, "Phạm Minh Đức", null);
        long nga = member(tanTrung, dangVien, "Võ Thị Nga", "0912345605");
        long khoa = member(hungHoa, canBo, "Đặng Văn Khoa", null);
        context.put("member.lan", lan);
        context.put("member.hung", hung);
        context.put("member.thao", thao);
        context.put("member.duc", duc);
        context.put("member.nga", nga);

        long zalo = group(tieuCan, "Nhóm Zalo Lan tỏa Tiểu Cần", "ZALO");
        long facebook = group(hungHoa, "Nhóm Facebook Thanh niên Hùng Hòa", "FACEBOOK");
        join(zalo, lan, true);
        join(zalo, hung, false);
        join(zalo, thao, false);
        join(zalo, duc, false);
        join(facebook, nga, true);
        join(facebook, khoa, false);
    }

    private long kind(String code, String name, int order) {
        return jdbc.sql("INSERT INTO org_unit_kind (code, name, sort_order) VALUES (?, ?, ?)"
                        + " ON CONFLICT (code) DO UPDATE SET name = excluded.name, sort_order = excluded.sort_order"
                        + " RETURNING id")
                .params(code, name, order)
                .query(Long.class)
                .single();
    }

    private long memberKind(String code, String name, int order) {
        return jdbc.sql("INSERT INTO org_member_kind (code, name, sort_order) VALUES (?, ?, ?)"
                        + " ON CONFLICT (code) DO UPDATE SET name = excluded.name, sort_order = excluded.sort_order"
                        + " RETURNING id")
                .params(code, name, order)
                .query(Long.class)
                .single();
    }

    private long unit(Long parent, long kind, String name) {
        return UnitRows.insert(jdbc, parent, kind, name);
    }

    private long member(long unit, long kind, String name, String phone) {
        return jdbc.sql("""
                INSERT INTO org_member (unit_id, kind_id, full_name, phone, consent_at)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(unit, kind, name, phone, OffsetDateTime.now(clock))
                .query(Long.class)
                .single();
    }

    private long group(long unit, String name, String channel) {
        return jdbc.sql("INSERT INTO org_sharing_group (unit_id, name, channel) VALUES (?, ?, ?) RETURNING id")
                .params(unit, name, channel)
                .query(Long.class)
                .single();
    }

    private void join(long group, long member, boolean leader) {
        jdbc.sql("INSERT INTO org_group_member (group_id, member_id, leader) VALUES (?, ?, ?)")
                .params(group, member, leader)
                .update();
    }
}
