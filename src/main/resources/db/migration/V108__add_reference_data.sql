-- What a new installation needs before anyone can use it, when nothing else made it: the portal's
-- site (without it every public page answers 404) and the kinds of units and members (without them
-- the unit form offers no kind, so no unit can be made). Only into empty tables, so an installation
-- that already chose its own names keeps them; the names are edited in the back office or the site
-- settings later. The demo data reuses these rows by their codes.
INSERT INTO news_site (code, host, name)
SELECT 'main', NULL, 'Trang thông tin điện tử'
 WHERE NOT EXISTS (SELECT 1 FROM news_site);

INSERT INTO org_unit_kind (code, name, sort_order)
SELECT k.code, k.name, k.sort_order
  FROM (VALUES ('TINH_UY', 'Tỉnh ủy', 10), ('DANG_UY_XA', 'Đảng ủy xã', 20), ('CHI_BO', 'Chi bộ', 30),
               ('DOAN_THE', 'Đoàn thể', 40)) AS k(code, name, sort_order)
 WHERE NOT EXISTS (SELECT 1 FROM org_unit_kind);

INSERT INTO org_member_kind (code, name, sort_order)
SELECT k.code, k.name, k.sort_order
  FROM (VALUES ('CAN_BO', 'Cán bộ', 10), ('DANG_VIEN', 'Đảng viên', 20), ('DOAN_VIEN', 'Đoàn viên', 30),
               ('HOI_VIEN', 'Hội viên', 40)) AS k(code, name, sort_order)
 WHERE NOT EXISTS (SELECT 1 FROM org_member_kind);
