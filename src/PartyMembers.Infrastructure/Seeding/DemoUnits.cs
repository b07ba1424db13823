namespace PartyMembers.Infrastructure.Seeding;

/// Names and codes of the demo organisation's key units, for tests and walkthroughs. The full tree is in
/// <see cref="DemoCatalogue.Units"/>.
public static class DemoUnits
{
    public const string TopUnitName = DemoSeedOptions.DefaultTopUnitName;
    public const string TopUnitCode = "CQD";

    public const string VanPhongCommittee = "Đảng bộ Văn phòng Tỉnh ủy";
    public const string VanPhongCommitteeCode = "DB01";
    public const string TongHopCell = "Chi bộ Phòng Tổng hợp";
    public const string TongHopCellCode = "CB01.01";
    public const string VanPhongHanhChinhCell = "Chi bộ Phòng Hành chính - Tổ chức";
    public const string VanPhongHanhChinhCellCode = "CB01.02";

    public const string TuyenGiaoCommittee = "Đảng bộ Ban Tuyên giáo và Dân vận Tỉnh ủy";

    /// The grassroots committee authorised to admit and expel (the largest one, over 100 members).
    public const string BaoCommittee = "Đảng bộ Báo và Phát thanh, Truyền hình tỉnh";
    public const string BaoCommitteeCode = "DB03";
    public const string BaoSubCommittee = "Đảng bộ bộ phận Phát thanh - Truyền hình";
    public const string ThoiSuCell = "Chi bộ Phòng Thời sự";
    public const string ThoiSuCellCode = "CB03.01";
    public const string ThoiSuPartyGroup = "Tổ đảng Biên tập tin tức";

    public const string MttqCommittee = "Đảng bộ Cơ quan Ủy ban MTTQ Việt Nam tỉnh";
    public const string TruongChinhTriCommittee = "Đảng bộ Trường Chính trị tỉnh";
    public const string TinhDoanCommittee = "Đảng bộ Cơ quan Tỉnh đoàn";

    public const string ToChucGrassrootsCell = "Chi bộ Ban Tổ chức Tỉnh ủy";
    public const string ToChucGrassrootsCellCode = "CB07";
    public const string KiemTraGrassrootsCell = "Chi bộ Cơ quan Ủy ban Kiểm tra Tỉnh ủy";
    public const string KiemTraGrassrootsCellCode = "CB08";

    /// Cells and grassroots cells, the units that hold members.
    public const int MemberHoldingUnits = 25;
}
