-- A directive's urgency ("độ khẩn" of an official document, Decree 30/2020/NĐ-CP art. 8 and
-- appendix I: Khẩn, Thượng khẩn, Hỏa tốc). Any urgency but NORMAL makes the members' notices
-- urgent: they reach a member in the quiet hours they chose.
ALTER TABLE shr_directive
    ADD COLUMN urgency TEXT NOT NULL DEFAULT 'NORMAL'
        CHECK (urgency IN ('NORMAL', 'URGENT', 'VERY_URGENT', 'IMMEDIATE'));
