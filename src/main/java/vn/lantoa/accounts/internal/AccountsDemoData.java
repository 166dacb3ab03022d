package vn.lantoa.accounts.internal;

import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.DemoDataContributor;
import vn.lantoa.platform.Role;

/** One demo account per role, all with the demo password. The README lists them. */
@Component
class AccountsDemoData implements DemoDataContributor {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;

    AccountsDemoData(AccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void contribute(DemoContext context) {
        String hash = encoder.encode(context.password());
        long root = context.get("unit.root", Long.class);
        long tieuCan = context.get("unit.tieuCan", Long.class);
        accounts.insert("quantri", "Nguyễn Văn Quản (quản trị)", hash, Set.of(Role.ADMIN), root, null);
        accounts.insert("bientap", "Trần Thị Biên (biên tập viên)", hash, Set.of(Role.EDITOR), root, null);
        accounts.insert("kiemduyet", "Lê Văn Duyệt (thẩm định)", hash, Set.of(Role.REVIEWER), root, null);
        context.put(
                "user.xuly",
                accounts.insert("xuly", "Phạm Thị Xử (xử lý phản ánh)", hash, Set.of(Role.HANDLER), root, null));
        accounts.insert(
                "quanly", "Hồ Văn Lý (bí thư Đảng ủy xã Tiểu Cần)", hash, Set.of(Role.UNIT_MANAGER), tieuCan, null);
        context.put(
                "user.thanhvien",
                accounts.insert(
                        "thanhvien",
                        "Nguyễn Thị Lan",
                        hash,
                        Set.of(Role.MEMBER),
                        tieuCan,
                        context.get("member.lan", Long.class)));
    }
}
