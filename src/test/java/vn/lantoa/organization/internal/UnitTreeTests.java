package vn.lantoa.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lantoa.organization.MemberId;
import vn.lantoa.organization.MemberPlacement;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.organization.UnitId;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;

@LanToaIntegrationTest
class UnitTreeTests {

    @Autowired
    UnitAdmin units;

    @Autowired
    UnitDirectory directory;

    final CurrentUser admin = new CurrentUser(1, "test", "test", EnumSet.of(Role.ADMIN), null);

    @Test
    void movingAUnitCarriesItsWholeSubtreeAndKeepsScopeAnswersRight() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long kind = units.kinds().getFirst().id();
        long root = units.create(admin, null, kind, "Gốc " + run).value();
        long left = units.create(admin, root, kind, "Trái " + run).value();
        long right = units.create(admin, root, kind, "Phải " + run).value();
        long cell = units.create(admin, left, kind, "Chi bộ " + run).value();
        long leaf = units.create(admin, cell, kind, "Tổ " + run).value();

        units.move(admin, cell, right);

        assertThat(directory.path(leaf)).hasValue("/" + root + "/" + right + "/" + cell + "/" + leaf + "/");
        assertThat(directory.isWithin(leaf, right)).isTrue();
        assertThat(directory.isWithin(leaf, left)).isFalse();
        assertThat(directory.subtreeIds(right)).containsExactly(right, cell, leaf);
        assertThat(directory.unit(new UnitId(cell)).orElseThrow().parentId()).isEqualTo(new UnitId(right));
        assertThatThrownBy(() -> units.move(admin, right, leaf))
                .isInstanceOf(OrgValidationException.class)
                .hasMessage("organization.error.moveIntoItself");
    }

    @Autowired
    MemberAdmin members;

    @Autowired
    GroupAdmin groups;

    @Test
    void aMembersPlacementIsTheirUnitsLineAndTheirGroups() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long kind = units.kinds().getFirst().id();
        long root = units.create(admin, null, kind, "Tỉnh " + run).value();
        long commune = units.create(admin, root, kind, "Xã " + run).value();
        long cell = units.create(admin, commune, kind, "Chi bộ " + run).value();
        long member = members.create(
                admin,
                new MemberForm(
                        "Nguyễn Văn " + run, cell, members.kinds().getFirst().id(), null, null, null, "ACTIVE", null));
        long second =
                groups.create(admin, commune, "Nhóm B " + run, "ZALO", null).value();
        long first = groups.create(admin, root, "Nhóm A " + run, "ZALO", null).value();
        groups.create(admin, root, "Nhóm khác " + run, "ZALO", null);
        groups.addMember(admin, second, member, false);
        groups.addMember(admin, first, member, false);

        MemberPlacement placement = directory.placement(new MemberId(member)).orElseThrow();

        assertThat(placement.unitId()).isEqualTo(new UnitId(cell));
        assertThat(placement.active()).isTrue();
        assertThat(placement.unitLine()).containsExactly(root, commune, cell);
        assertThat(placement.groupIds()).containsExactlyInAnyOrder(first, second);

        units.move(admin, cell, root);
        assertThat(directory.placement(new MemberId(member)).orElseThrow().unitLine())
                .containsExactly(root, cell);
        assertThat(directory.placement(new MemberId(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void closingKeepsTheUnitAndItsHistory() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long kind = units.kinds().getFirst().id();
        long unit = units.create(admin, null, kind, "Đóng " + run).value();
        units.close(admin, unit);
        assertThat(directory.unit(new UnitId(unit)))
                .hasValueSatisfying(u -> assertThat(u.closed()).isTrue());
    }
}
