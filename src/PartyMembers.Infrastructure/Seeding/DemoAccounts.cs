namespace PartyMembers.Infrastructure.Seeding;

/// User names of the demo accounts, so that tests and the sign-in page's hints refer to the same people the seeder
/// makes. All share the password given in <see cref="DemoSeedOptions.Password"/>; e-mail is the name at <see cref="EmailDomain"/>.
public static class DemoAccounts
{
    public const string EmailDomain = "demo.local";

    /// Administrator of the top unit.
    public const string Admin = "admin";

    /// Organisation board of the top unit.
    public const string Board = "bantochuc";

    /// Standing committee of the top unit.
    public const string Standing = "thuongvu";

    /// Inspection committee of the top unit.
    public const string Inspection = "kiemtra";

    /// Grassroots secretary of <see cref="DemoUnits.VanPhongCommittee"/> and also cell secretary of
    /// <see cref="DemoUnits.VanPhongHanhChinhCell"/>: one person holding two assignments.
    public const string GrassrootsVanPhong = "dangbo.vanphong";

    /// Cell secretary of <see cref="DemoUnits.TongHopCell"/>.
    public const string CellTongHop = "chibo.tonghop";

    /// Cell secretary and grassroots secretary of the grassroots cell <see cref="DemoUnits.ToChucGrassrootsCell"/>.
    public const string CellToChuc = "chibo.tochuc";

    /// Cell secretary of <see cref="DemoUnits.ThoiSuCell"/>, a cell under the sub-committee.
    public const string CellBaoChi = "chibo.baochi";

    public static IReadOnlyList<string> All { get; } =
        [Admin, Board, Standing, Inspection, GrassrootsVanPhong, CellTongHop, CellToChuc, CellBaoChi];

    public static string EmailOf(string userName) => userName + "@" + EmailDomain;
}
