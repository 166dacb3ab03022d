-- What a new production database needs before the back office is usable (docs/operations.md,
-- "First start"). With an external database the demo data is off, and nothing else creates the
-- portal's site (every public page answers 404 without it) or the kinds of units and members (the
-- unit form offers no kind, so no unit can be made). Idempotent; run once after the first start:
--   psql -h localhost -U lantoa_app -d lantoa -f first-start.sql
-- Names as the department uses them; edit before running.
INSERT INTO news_site (code, host, name)
VALUES ('main', NULL, 'Trang thông tin điện tử Ban Tuyên giáo và Dân vận')
ON CONFLICT (code) DO NOTHING;

INSERT INTO org_unit_kind (code, name, sort_order)
VALUES ('TINH_UY', 'Tỉnh ủy', 10), ('DANG_UY_XA', 'Đảng ủy xã', 20), ('CHI_BO', 'Chi bộ', 30),
       ('DOAN_THE', 'Đoàn thể', 40)
ON CONFLICT (code) DO NOTHING;

INSERT INTO org_member_kind (code, name, sort_order)
VALUES ('CAN_BO', 'Cán bộ', 10), ('DANG_VIEN', 'Đảng viên', 20), ('DOAN_VIEN', 'Đoàn viên', 30),
       ('HOI_VIEN', 'Hội viên', 40)
ON CONFLICT (code) DO NOTHING;
