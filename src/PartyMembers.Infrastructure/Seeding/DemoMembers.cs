namespace PartyMembers.Infrastructure.Seeding;

/// Members the seeder always makes, whatever the seed, for tests that look them up by name.
public static class DemoMembers
{
    /// Female, active, official, in <see cref="DemoUnits.TongHopCell"/> of <see cref="DemoUnits.VanPhongCommittee"/>;
    /// the only member with exactly this name.
    public const string Dao = "Nguyễn Thị Đào";

    /// Same folded given name as <see cref="Dao"/> ("dao") with other marks, in another grassroots organisation, so that
    /// "exact diacritics first" ordering can be seen.
    public const string TranVanDao = "Trần Văn Đạo";

    public const string TranVanDaoCell = "Chi bộ Phòng Báo in";

    /// Same folded name again, without marks on the given name.
    public const string LeThiDao = "Lê Thị Dao";

    public const string LeThiDaoCell = "Chi bộ Cơ quan Hội Liên hiệp Phụ nữ tỉnh";
}
