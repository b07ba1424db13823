using PartyMembers.Domain.Organisation;

namespace PartyMembers.Infrastructure.Seeding;

/// The kind of workplace behind a cell: it sets who works there (sex, age, occupation, degrees).
internal enum DemoProfile
{
    /// Party agency staff: mostly civil servants.
    Agency,

    /// Administration, finance and technical support: more contract staff.
    Support,

    /// Newspaper, radio and television: public employees.
    Media,

    /// The provincial political school: lecturers with higher degrees.
    School,

    /// The women's union: almost all women.
    Women,

    /// The veterans' association: mostly older men.
    Veterans,

    /// The youth union: young staff.
    Youth,
}

/// One unit of the demo tree. <see cref="Weight"/> is its share of the members (cells only) and its member count at
/// the default 600.
internal sealed record DemoUnitPlan(string Code, string? ParentCode, UnitType Type, string Name, int Weight, DemoProfile Profile);

/// The fixed material the generator draws from: the organisation tree and the pools of names, places and degrees,
/// weighted to look like the staff of a Hà Tĩnh party agency.
internal static class DemoCatalogue
{
    /// Parents come before their children. The top unit's name comes from the options.
    public static readonly DemoUnitPlan[] Units =
    [
        new(DemoUnits.TopUnitCode, null, UnitType.UpperCommittee, DemoUnits.TopUnitName, 0, DemoProfile.Agency),

        new(DemoUnits.VanPhongCommitteeCode, DemoUnits.TopUnitCode, UnitType.GrassrootsCommittee, DemoUnits.VanPhongCommittee, 0, DemoProfile.Agency),
        new(DemoUnits.TongHopCellCode, "DB01", UnitType.Cell, DemoUnits.TongHopCell, 28, DemoProfile.Agency),
        new(DemoUnits.VanPhongHanhChinhCellCode, "DB01", UnitType.Cell, DemoUnits.VanPhongHanhChinhCell, 22, DemoProfile.Agency),
        new("CB01.03", "DB01", UnitType.Cell, "Chi bộ Phòng Quản trị - Tài vụ", 25, DemoProfile.Support),
        new("CB01.04", "DB01", UnitType.Cell, "Chi bộ Phòng Tài chính Đảng", 18, DemoProfile.Support),
        new("CB01.05", "DB01", UnitType.Cell, "Chi bộ Phòng Cơ yếu - Công nghệ thông tin", 18, DemoProfile.Support),

        new("DB02", DemoUnits.TopUnitCode, UnitType.GrassrootsCommittee, DemoUnits.TuyenGiaoCommittee, 0, DemoProfile.Agency),
        new("CB02.01", "DB02", UnitType.Cell, "Chi bộ Phòng Tuyên truyền - Báo chí - Xuất bản", 22, DemoProfile.Agency),
        new("CB02.02", "DB02", UnitType.Cell, "Chi bộ Phòng Lý luận chính trị - Lịch sử Đảng", 18, DemoProfile.Agency),
        new("CB02.03", "DB02", UnitType.Cell, "Chi bộ Phòng Dân vận - Dân tộc - Tôn giáo", 21, DemoProfile.Agency),
        new("CB02.04", "DB02", UnitType.Cell, "Chi bộ Văn phòng Ban", 19, DemoProfile.Support),

        new(DemoUnits.BaoCommitteeCode, DemoUnits.TopUnitCode, UnitType.GrassrootsCommittee, DemoUnits.BaoCommittee, 0, DemoProfile.Media),
        new("DBBP03.01", "DB03", UnitType.SubCommittee, DemoUnits.BaoSubCommittee, 0, DemoProfile.Media),
        new(DemoUnits.ThoiSuCellCode, "DBBP03.01", UnitType.Cell, DemoUnits.ThoiSuCell, 40, DemoProfile.Media),
        new("TD03.01.01", DemoUnits.ThoiSuCellCode, UnitType.PartyGroup, DemoUnits.ThoiSuPartyGroup, 0, DemoProfile.Media),
        new("CB03.02", "DBBP03.01", UnitType.Cell, "Chi bộ Phòng Kỹ thuật - Công nghệ", 30, DemoProfile.Media),
        new("CB03.03", "DB03", UnitType.Cell, "Chi bộ Phòng Tổ chức - Hành chính", 24, DemoProfile.Support),
        new("CB03.04", "DB03", UnitType.Cell, DemoMembers.TranVanDaoCell, 34, DemoProfile.Media),
        new("CB03.05", "DB03", UnitType.Cell, "Chi bộ Phòng Báo điện tử", 35, DemoProfile.Media),

        new("DB04", DemoUnits.TopUnitCode, UnitType.GrassrootsCommittee, DemoUnits.MttqCommittee, 0, DemoProfile.Agency),
        new("CB04.01", "DB04", UnitType.Cell, "Chi bộ Văn phòng Ủy ban MTTQ tỉnh", 26, DemoProfile.Agency),
        new("CB04.02", "DB04", UnitType.Cell, DemoMembers.LeThiDaoCell, 21, DemoProfile.Women),
        new("CB04.03", "DB04", UnitType.Cell, "Chi bộ Cơ quan Hội Nông dân tỉnh", 18, DemoProfile.Agency),
        new("CB04.04", "DB04", UnitType.Cell, "Chi bộ Cơ quan Hội Cựu chiến binh tỉnh", 20, DemoProfile.Veterans),

        new("DB05", DemoUnits.TopUnitCode, UnitType.GrassrootsCommittee, DemoUnits.TruongChinhTriCommittee, 0, DemoProfile.School),
        new("CB05.01", "DB05", UnitType.Cell, "Chi bộ Khoa Lý luận cơ sở", 22, DemoProfile.School),
        new("CB05.02", "DB05", UnitType.Cell, "Chi bộ Khoa Xây dựng Đảng", 21, DemoProfile.School),
        new("CB05.03", "DB05", UnitType.Cell, "Chi bộ Phòng Đào tạo - Quản lý khoa học", 26, DemoProfile.School),

        new("DB06", DemoUnits.TopUnitCode, UnitType.GrassrootsCommittee, DemoUnits.TinhDoanCommittee, 0, DemoProfile.Youth),
        new("CB06.01", "DB06", UnitType.Cell, "Chi bộ Văn phòng Tỉnh đoàn", 22, DemoProfile.Youth),
        new("CB06.02", "DB06", UnitType.Cell, "Chi bộ Ban Phong trào", 19, DemoProfile.Youth),

        new(DemoUnits.ToChucGrassrootsCellCode, DemoUnits.TopUnitCode, UnitType.GrassrootsCell, DemoUnits.ToChucGrassrootsCell, 27, DemoProfile.Agency),
        new(DemoUnits.KiemTraGrassrootsCellCode, DemoUnits.TopUnitCode, UnitType.GrassrootsCell, DemoUnits.KiemTraGrassrootsCell, 25, DemoProfile.Agency),
    ];

    // Family names with their approximate share (per cent) nationally, nudged towards north-central Vietnam (more Võ, Hồ).
    public static readonly (string Value, int Weight)[] FamilyNames =
    [
        ("Nguyễn", 38), ("Trần", 11), ("Lê", 10), ("Phạm", 6), ("Hoàng", 4), ("Huỳnh", 1), ("Phan", 5), ("Vũ", 2),
        ("Võ", 5), ("Đặng", 3), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 4), ("Ngô", 2), ("Dương", 3), ("Lý", 1), ("Đinh", 1),
    ];

    public static readonly (string Value, int Weight)[] MaleMiddleNames =
    [
        ("Văn", 30), ("Đức", 10), ("Hữu", 8), ("Minh", 8), ("Quang", 7), ("Công", 6), ("Thanh", 6), ("Ngọc", 5),
        ("Xuân", 6), ("Đình", 8), ("Anh", 6),
    ];

    public static readonly (string Value, int Weight)[] FemaleMiddleNames =
    [
        ("Thị", 45), ("Ngọc", 6), ("Thu", 8), ("Thanh", 7), ("Minh", 4), ("Thùy", 6), ("Hồng", 6), ("Phương", 5),
        ("Kim", 4), ("Khánh", 3),
    ];

    // A second middle name after "Thị" ("Nguyễn Thị Thu Hà") is common among women.
    public static readonly (string Value, int Weight)[] FemaleSecondMiddleNames =
    [
        ("Thu", 4), ("Thanh", 4), ("Minh", 3), ("Hồng", 3), ("Kim", 2), ("Ngọc", 2), ("Phương", 2), ("Hải", 1),
    ];

    public static readonly (string Value, int Weight)[] MaleGivenNames =
    [
        ("Anh", 3), ("Bình", 3), ("Cường", 4), ("Dũng", 5), ("Đạt", 4), ("Đức", 3), ("Đông", 2), ("Hải", 5),
        ("Hiếu", 3), ("Hoàng", 3), ("Hùng", 5), ("Huy", 4), ("Khánh", 2), ("Long", 4), ("Lâm", 2), ("Mạnh", 3),
        ("Minh", 4), ("Nam", 5), ("Nghĩa", 3), ("Phong", 3), ("Phúc", 3), ("Quân", 3), ("Quang", 3), ("Sơn", 5),
        ("Tài", 2), ("Thắng", 4), ("Thành", 4), ("Toàn", 3), ("Trung", 4), ("Tuấn", 5), ("Tùng", 3), ("Việt", 3),
        ("Vinh", 4), ("Hưng", 3), ("Lộc", 2), ("Trọng", 2), ("Thịnh", 2), ("Đạo", 1), ("Đăng", 1), ("Tú", 2),
        ("Kiên", 2), ("Hòa", 2),
    ];

    public static readonly (string Value, int Weight)[] FemaleGivenNames =
    [
        ("Anh", 4), ("Chi", 3), ("Dung", 4), ("Đào", 2), ("Giang", 3), ("Hà", 5), ("Hạnh", 4), ("Hằng", 5),
        ("Hiền", 4), ("Hoa", 4), ("Huệ", 2), ("Hương", 6), ("Lan", 4), ("Linh", 5), ("Loan", 3), ("Mai", 4),
        ("Ngân", 3), ("Nga", 4), ("Nhung", 3), ("Oanh", 2), ("Phương", 3), ("Quyên", 2), ("Thảo", 5), ("Thủy", 4),
        ("Trang", 5), ("Tâm", 2), ("Uyên", 2), ("Vân", 3), ("Yến", 3), ("Dao", 1), ("Diệp", 1), ("Đan", 1),
        ("Lụa", 1), ("Duyên", 2),
    ];

    // Province codes of birth registration: most staff were born in Hà Tĩnh, the rest in neighbouring provinces or
    // the big cities. Each code must be one of PersonalIdNumber.Provinces.
    public static readonly (string Value, int Weight)[] BirthProvinces =
    [
        ("042", 80), ("040", 6), ("044", 3), ("038", 2), ("001", 3), ("046", 1), ("045", 2), ("079", 1), ("036", 1),
        ("048", 1),
    ];

    // Communes and wards of Hà Tĩnh as they are named since the 2025 reorganisation (no district level).
    public static readonly string[] HaTinhCommunes =
    [
        "Phường Thành Sen", "Phường Trần Phú", "Phường Hà Huy Tập", "Phường Bắc Hồng Lĩnh", "Phường Nam Hồng Lĩnh",
        "Phường Sông Trí", "Phường Hải Ninh", "Phường Hoành Sơn", "Phường Vũng Áng",
        "Xã Thạch Hà", "Xã Thạch Lạc", "Xã Đồng Tiến", "Xã Thạch Khê", "Xã Cẩm Bình", "Xã Toàn Lưu", "Xã Việt Xuyên",
        "Xã Thạch Xuân", "Xã Lộc Hà", "Xã Hồng Lộc", "Xã Mai Phụ", "Xã Can Lộc", "Xã Tùng Lộc", "Xã Gia Hanh",
        "Xã Trường Lưu", "Xã Xuân Lộc", "Xã Đồng Lộc", "Xã Nghi Xuân", "Xã Tiên Điền", "Xã Cổ Đạm", "Xã Đan Hải",
        "Xã Đức Thọ", "Xã Đức Đồng", "Xã Đức Quang", "Xã Đức Thịnh", "Xã Đức Minh", "Xã Hương Sơn", "Xã Sơn Tây",
        "Xã Kim Hoa", "Xã Vũ Quang", "Xã Mai Hoa", "Xã Thượng Đức", "Xã Hương Khê", "Xã Hương Phố", "Xã Hà Linh",
        "Xã Phúc Trạch", "Xã Cẩm Xuyên", "Xã Thiên Cầm", "Xã Cẩm Duệ", "Xã Cẩm Hưng", "Xã Cẩm Trung", "Xã Kỳ Anh",
        "Xã Kỳ Xuân", "Xã Kỳ Văn", "Xã Kỳ Khang", "Xã Kỳ Hoa",
    ];

    public const string HaTinh = "tỉnh Hà Tĩnh";

    // Birthplaces outside Hà Tĩnh, by province code, with their current province names.
    public static readonly (string Province, string[] Places)[] OtherBirthPlaces =
    [
        ("040", ["Phường Thành Vinh, tỉnh Nghệ An", "Phường Vinh Hưng, tỉnh Nghệ An", "Xã Nam Đàn, tỉnh Nghệ An", "Xã Nghi Lộc, tỉnh Nghệ An", "Xã Đô Lương, tỉnh Nghệ An", "Xã Yên Thành, tỉnh Nghệ An"]),
        ("044", ["Phường Đồng Hới, tỉnh Quảng Trị", "Phường Ba Đồn, tỉnh Quảng Trị", "Xã Bố Trạch, tỉnh Quảng Trị"]),
        ("038", ["Phường Hạc Thành, tỉnh Thanh Hóa", "Phường Sầm Sơn, tỉnh Thanh Hóa", "Xã Hoằng Hóa, tỉnh Thanh Hóa"]),
        ("001", ["Phường Ba Đình, thành phố Hà Nội", "Phường Cầu Giấy, thành phố Hà Nội", "Phường Đống Đa, thành phố Hà Nội", "Phường Hai Bà Trưng, thành phố Hà Nội"]),
        ("046", ["Phường Thuận Hóa, thành phố Huế", "Phường Phú Xuân, thành phố Huế"]),
        ("045", ["Phường Đông Hà, tỉnh Quảng Trị", "Xã Vĩnh Linh, tỉnh Quảng Trị"]),
        ("079", ["Phường Sài Gòn, Thành phố Hồ Chí Minh", "Phường Bến Thành, Thành phố Hồ Chí Minh"]),
        ("036", ["Phường Nam Định, tỉnh Ninh Bình", "Xã Hải Hậu, tỉnh Ninh Bình"]),
        ("048", ["Phường Hải Châu, thành phố Đà Nẵng", "Phường Thanh Khê, thành phố Đà Nẵng"]),
    ];

    public static readonly string[] CityWards = ["phường Thành Sen", "phường Trần Phú", "phường Hà Huy Tập"];

    public static readonly string[] CityStreets =
    [
        "Phan Đình Phùng", "Trần Phú", "Hà Huy Tập", "Nguyễn Du", "Lê Duẩn", "Xô Viết Nghệ Tĩnh", "Hải Thượng Lãn Ông",
        "Nguyễn Huy Tự", "Võ Liêm Sơn", "Hàm Nghi", "Nguyễn Công Trứ", "Mai Thúc Loan", "26 tháng 3", "Đặng Dung",
        "Lê Hồng Phong", "Nguyễn Biểu",
    ];

    public static readonly string[] NearbyCommunes = ["xã Thạch Hà", "xã Cẩm Bình", "xã Đồng Tiến", "xã Thạch Lạc", "xã Thạch Khê", "xã Can Lộc"];

    public static readonly string[] Hamlets = ["Thôn Trung Tiến", "Thôn Đông Hà", "Thôn Tân Học", "Thôn Bắc Sơn", "Thôn Hòa Bình", "Thôn Phú Vinh", "Thôn Đình Hòa"];

    public static readonly (string Value, int Weight)[] Ethnicities = [("Kinh", 97), ("Mường", 2), ("Thái", 1)];

    // Hà Tĩnh has a sizeable Catholic community; Buddhists who declare it are fewer.
    public static readonly (string Value, int Weight)[] Religions = [("Không", 94), ("Công giáo", 5), ("Phật giáo", 1)];

    public const string CivilServant = "Công chức";
    public const string PublicEmployee = "Viên chức";
    public const string ContractWorker = "Người lao động hợp đồng";

    public static (string Value, int Weight)[] Occupations(DemoProfile profile) => profile switch
    {
        DemoProfile.Media or DemoProfile.School => [(PublicEmployee, 86), (ContractWorker, 14)],
        DemoProfile.Support => [(CivilServant, 55), (PublicEmployee, 10), (ContractWorker, 35)],
        _ => [(CivilServant, 88), (PublicEmployee, 4), (ContractWorker, 8)],
    };

    public static string[] Degrees(DemoProfile profile) => profile switch
    {
        DemoProfile.Agency =>
        [
            "Cử nhân Luật", "Cử nhân Kinh tế", "Cử nhân Xây dựng Đảng và Chính quyền nhà nước", "Thạc sĩ Quản lý công",
            "Cử nhân Hành chính học", "Thạc sĩ Chính trị học", "Cử nhân Ngữ văn", "Cử nhân Lịch sử", "Thạc sĩ Luật",
            "Cử nhân Quản lý nhà nước", "Thạc sĩ Xây dựng Đảng và Chính quyền nhà nước",
        ],
        DemoProfile.Support =>
        [
            "Cử nhân Kế toán", "Cử nhân Tài chính - Ngân hàng", "Kỹ sư Công nghệ thông tin", "Cao đẳng Quản trị văn phòng",
            "Cử nhân Quản trị kinh doanh", "Thạc sĩ Kế toán", "Cử nhân Lưu trữ học", "Cử nhân Luật",
        ],
        DemoProfile.Media =>
        [
            "Cử nhân Báo chí", "Thạc sĩ Báo chí học", "Cử nhân Ngữ văn", "Kỹ sư Điện tử - Viễn thông",
            "Cử nhân Quay phim truyền hình", "Cử nhân Phát thanh - Truyền hình", "Kỹ sư Công nghệ thông tin",
            "Cử nhân Xuất bản",
        ],
        DemoProfile.School =>
        [
            "Thạc sĩ Triết học", "Thạc sĩ Kinh tế chính trị", "Tiến sĩ Lịch sử Đảng Cộng sản Việt Nam",
            "Thạc sĩ Xây dựng Đảng và Chính quyền nhà nước", "Thạc sĩ Quản lý giáo dục", "Cử nhân Sư phạm Lịch sử",
            "Thạc sĩ Luật", "Tiến sĩ Triết học", "Thạc sĩ Chủ nghĩa xã hội khoa học",
        ],
        _ =>
        [
            "Cử nhân Công tác xã hội", "Cử nhân Luật", "Cử nhân Kinh tế nông nghiệp", "Thạc sĩ Quản lý công",
            "Cử nhân Xã hội học", "Cử nhân Sư phạm Ngữ văn", "Cử nhân Quản lý nhà nước",
        ],
    };

    public static readonly string?[] ContractWorkerDegrees =
        ["Trung cấp Kế toán", "Cao đẳng Quản trị văn phòng", "Trung cấp Văn thư - Lưu trữ", "Cao đẳng Công nghệ thông tin", null];

    public static readonly string[] IntroducerPositions =
        ["Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên chính", "Bí thư Chi bộ", "Phó Bí thư Chi bộ", "Chuyên viên"];

    /// (birth year from, to, share of men) of the staff behind each profile.
    public static (int FromYear, int ToYear, double MaleShare) People(DemoProfile profile) => profile switch
    {
        DemoProfile.Support => (1967, 2001, 0.6),
        DemoProfile.Media => (1968, 2001, 0.6),
        DemoProfile.School => (1966, 1998, 0.5),
        DemoProfile.Women => (1968, 2001, 0.08),
        DemoProfile.Veterans => (1965, 1982, 0.85),
        DemoProfile.Youth => (1984, 2003, 0.5),
        _ => (1966, 2000, 0.6),
    };

    public static readonly (string Value, int Weight)[] DeathReasons =
        [("Từ trần do bệnh hiểm nghèo", 3), ("Từ trần do đột quỵ", 2), ("Từ trần do tai nạn giao thông", 1)];

    public static readonly string[] TemporaryTransferReasons =
    [
        "Đi học lớp Cao cấp lý luận chính trị tập trung tại Học viện Chính trị khu vực I",
        "Biệt phái tăng cường cho Đảng ủy xã Hương Khê",
        "Đi học thạc sĩ tập trung tại Học viện Báo chí và Tuyên truyền",
    ];

    public static readonly string[] TemporaryExemptionReasons =
    [
        "Đi công tác dài ngày tại các xã vùng sâu, vùng xa của tỉnh",
        "Làm nhiệm vụ lưu động tại các công trình, dự án trọng điểm",
    ];

    public static readonly string[] ExemptionReasons =
    [
        "Sức khỏe yếu, đang điều trị bệnh dài ngày; có đơn xin miễn công tác và sinh hoạt đảng",
        "Tuổi cao, sức khỏe yếu; có đơn xin miễn công tác và sinh hoạt đảng",
    ];

    public static readonly string[] TransferOutDestinations =
    [
        "Chuyển công tác về Sở Nội vụ tỉnh (Đảng bộ Ủy ban nhân dân tỉnh)",
        "Được điều động làm Phó Bí thư Đảng ủy xã Can Lộc",
        "Nghỉ hưu, chuyển sinh hoạt về Đảng bộ phường Thành Sen",
        "Chuyển công tác ra Hà Nội (Đảng bộ các cơ quan Đảng Trung ương)",
        "Chuyển công tác về Sở Văn hóa, Thể thao và Du lịch tỉnh (Đảng bộ Ủy ban nhân dân tỉnh)",
        "Nghỉ hưu, chuyển sinh hoạt về Đảng bộ phường Trần Phú",
    ];
}
