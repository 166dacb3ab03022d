package vn.lantoa.statistics.internal.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The province's organisation: Tỉnh ủy → đảng bộ and ban → communes and wards → chi bộ and đoàn
 * thể (four levels), members with Vietnamese names and kinds, and sharing groups per commune.
 */
final class StructureGenerator {

    private static final String[] OFFICES = {
        "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Đảng ủy các cơ quan Đảng tỉnh", "Đảng ủy Ủy ban nhân dân tỉnh"
    };
    private static final String[] REGIONS = {"Vĩnh Long", "Trà Vinh", "Bến Tre"};
    private static final String[] OFFICE_CELLS = {
        "Chi bộ Văn phòng", "Chi bộ Phòng Tuyên truyền", "Chi bộ Phòng Dân vận", "Chi bộ Sở Văn hóa",
        "Chi bộ Sở Giáo dục và Đào tạo", "Chi bộ Sở Y tế", "Chi bộ Báo và Phát thanh, Truyền hình", "Chi bộ Sở Nội vụ"
    };
    private static final String[] MASS = {
        "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh", "Ủy ban Mặt trận Tổ quốc"
    };

    private final Sink sink;
    private final Catalog catalog;
    private final GeneratorOptions options;
    private final SplittableRandom random;

    StructureGenerator(Sink sink, Catalog catalog, GeneratorOptions options) {
        this.sink = sink;
        this.catalog = catalog;
        this.options = options;
        this.random = new SplittableRandom(options.seed() ^ 0x554E495453L);
    }

    Structure generate() {
        Units units = units();
        int[] memberUnit = new int[options.members()];
        long[] memberIds = members(units, memberUnit);
        long[] groups = groups(units, memberIds, memberUnit);
        sink.commit();
        return new Structure(
                units.ids.stream().mapToLong(Long::longValue).toArray(),
                units.branch.stream().mapToInt(Integer::intValue).toArray(),
                units.commune.stream().mapToInt(Integer::intValue).toArray(),
                units.communes.stream().mapToInt(Integer::intValue).toArray(),
                memberIds,
                memberUnit,
                groups);
    }

    private Units units() {
        int regions = Math.min(REGIONS.length, Math.max(1, options.communes() / 10));
        int count = 1
                + OFFICES.length * (1 + OFFICE_CELLS.length)
                + regions
                + options.communes() * (1 + options.cellsPerCommune());
        Units u = new Units(sink.reserve("org_unit", count));
        Instant created = options.start().minus(Duration.ofDays(30));
        try (Sink.Rows rows = sink.copy("org_unit", "id, parent_id, kind_id, name, path, created_at")) {
            u.add(rows, -1, "TINH_UY", "Tỉnh ủy Vĩnh Long", -1, -1, created);
            for (String office : OFFICES) {
                int branch = u.add(rows, 0, "DANG_BO", office, -2, -1, created);
                for (String cell : OFFICE_CELLS) {
                    u.add(rows, branch, "CHI_BO", cell, branch, -1, created);
                }
            }
            int[] regionUnits = new int[regions];
            for (int r = 0; r < regions; r++) {
                regionUnits[r] = u.add(rows, 0, "DANG_BO", "Cụm xã, phường khu vực " + REGIONS[r], -2, -1, created);
            }
            List<String> places = Names.places(options.communes());
            for (int c = 0; c < options.communes(); c++) {
                int branch = regionUnits[c * regions / options.communes()];
                boolean ward = c % 5 == 0;
                String place = places.get(c);
                String level = ward ? "phường " : "xã ";
                int commune = u.add(rows, branch, "DANG_UY_XA", "Đảng ủy " + level + place, branch, -2, created);
                u.communes.add(commune);
                for (int k = 0; k < options.cellsPerCommune(); k++) {
                    if (k < MASS.length && k < options.cellsPerCommune() - 1) {
                        u.add(rows, commune, "DOAN_THE", MASS[k] + " " + level + place, branch, commune, created);
                    } else {
                        String hamlet = (ward ? "Chi bộ khóm " : "Chi bộ ấp ") + Names.hamlet(random);
                        u.add(rows, commune, "CHI_BO", hamlet + " " + (k + 1), branch, commune, created);
                    }
                }
            }
        }
        return u;
    }

    private long[] members(Units units, int[] memberUnit) {
        int n = units.ids.size();
        double[] cumulative = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            String kind = units.kinds.get(i);
            double weight = switch (kind) {
                case "CHI_BO", "DOAN_THE" -> units.commune.get(i) >= 0 ? 0.5 + random.nextDouble() : 0.4;
                case "DANG_UY_XA" -> 0.15;
                default -> 0.05;
            };
            total += weight;
            cumulative[i] = total;
        }
        long first = sink.reserve("org_member", memberUnit.length);
        long[] ids = new long[memberUnit.length];
        try (Sink.Rows rows = sink.copy(
                "org_member", "id, unit_id, kind_id, full_name, phone, status, consent_at, created_at, updated_at")) {
            for (int m = 0; m < memberUnit.length; m++) {
                int unit = Arrays.binarySearch(cumulative, random.nextDouble() * total);
                unit = unit < 0 ? Math.min(n - 1, -unit - 1) : unit;
                memberUnit[m] = unit;
                ids[m] = first + m;
                boolean female = random.nextInt(100) < 48;
                String phone = random.nextInt(100) < 60 ? String.format("09%08d", random.nextInt(100_000_000)) : null;
                Instant created = options.start().minus(Duration.ofMinutes(random.nextLong(60L * 24 * 365)));
                rows.row(
                        ids[m],
                        units.ids.get(unit),
                        catalog.memberKind(memberKind(units, unit)),
                        Names.person(random, female),
                        phone,
                        random.nextInt(100) < 3 ? "LEFT" : "ACTIVE",
                        created,
                        created,
                        created);
            }
        }
        return ids;
    }

    private String memberKind(Units units, int unit) {
        String name = units.names.get(unit);
        if (units.kinds.get(unit).equals("DOAN_THE")) {
            return name.startsWith("Đoàn") ? "DOAN_VIEN" : name.startsWith("Ủy ban") ? "CAN_BO" : "HOI_VIEN";
        }
        if (units.kinds.get(unit).equals("CHI_BO")) {
            return random.nextInt(100) < 88 ? "DANG_VIEN" : "CAN_BO";
        }
        return "CAN_BO";
    }

    /** A Zalo group per commune and a Facebook group for every other one; about half of its members join. */
    private long[] groups(Units units, long[] memberIds, int[] memberUnit) {
        List<int[]> specs = new ArrayList<>(); // {commune unit index, channel 0 Zalo / 1 Facebook}
        for (int i = 0; i < units.communes.size(); i++) {
            specs.add(new int[] {units.communes.get(i), 0});
            if (i % 2 == 0) {
                specs.add(new int[] {units.communes.get(i), 1});
            }
        }
        long first = sink.reserve("org_sharing_group", specs.size());
        int[] zaloOfCommune = new int[units.ids.size()];
        Arrays.fill(zaloOfCommune, -1);
        try (Sink.Rows rows = sink.copy("org_sharing_group", "id, unit_id, name, channel, created_at")) {
            for (int g = 0; g < specs.size(); g++) {
                int unit = specs.get(g)[0];
                String place = units.names.get(unit).replace("Đảng ủy ", "");
                boolean zalo = specs.get(g)[1] == 0;
                if (zalo) {
                    zaloOfCommune[unit] = g;
                }
                rows.row(
                        first + g,
                        units.ids.get(unit),
                        zalo ? "Nhóm Zalo Lan tỏa " + place : "Nhóm Facebook Thanh niên " + place,
                        zalo ? "ZALO" : "FACEBOOK",
                        options.start());
            }
        }
        try (Sink.Rows rows = sink.copy("org_group_member", "group_id, member_id, leader")) {
            boolean[] led = new boolean[specs.size()];
            for (int m = 0; m < memberIds.length; m++) {
                int commune = units.commune.get(memberUnit[m]);
                if (commune >= 0 && zaloOfCommune[commune] >= 0 && random.nextInt(100) < 50) {
                    int g = zaloOfCommune[commune];
                    rows.row(first + g, memberIds[m], !led[g]);
                    led[g] = true;
                }
            }
        }
        long[] ids = new long[specs.size()];
        for (int g = 0; g < ids.length; g++) {
            ids[g] = first + g;
        }
        return ids;
    }

    /** Units as they are written: index → id, parent path, kind, branch and commune indexes. */
    private final class Units {
        final long first;
        final List<Long> ids = new ArrayList<>();
        final List<String> paths = new ArrayList<>();
        final List<String> kinds = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final List<Integer> branch = new ArrayList<>();
        final List<Integer> commune = new ArrayList<>();
        final List<Integer> communes = new ArrayList<>();

        Units(long first) {
            this.first = first;
        }

        /** Adds a unit; {@code branch}/{@code commune} of -2 mean "this unit itself". */
        int add(Sink.Rows rows, int parent, String kind, String name, int branchIndex, int communeIndex, Instant at) {
            int index = ids.size();
            long id = first + index;
            String path = (parent < 0 ? "/" : paths.get(parent)) + id + "/";
            ids.add(id);
            paths.add(path);
            kinds.add(kind);
            names.add(name);
            branch.add(branchIndex == -2 ? index : branchIndex);
            commune.add(communeIndex == -2 ? index : communeIndex);
            rows.row(id, parent < 0 ? null : ids.get(parent), catalog.unitKind(kind), name, path, at);
            return index;
        }
    }
}
