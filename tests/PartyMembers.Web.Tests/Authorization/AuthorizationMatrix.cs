using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Authorization;

public enum Expect
{
    /// The request reaches the page: 200, or a redirect that is not the sign-in challenge.
    Allow,

    /// 403.
    Forbid,

    /// Redirect to the sign-in page with the page asked for as the return address.
    Login,

    /// 404.
    NotFound,
}

/// One cell group of the matrix: a page handler, the record it is asked about, and what each user gets.
public sealed record MatrixRow(string Page, string Method, string? Handler, string Case, Func<MatrixData, string> Url, IReadOnlyDictionary<string, Expect> Expected)
{
    /// The request ends the session (sign-out), so it runs in a session of its own.
    public bool FreshSession { get; init; }

    public override string ToString() => $"{Method} {Page}{(Handler is null ? "" : "?handler=" + Handler)} [{Case}]";
}

/// The authorization matrix (docs/security.md): every page and handler x every role x a record in the user's unit,
/// below it and outside it, and anonymous. A page or handler of the application without a row fails
/// <see cref="AuthorizationMatrixTests.Every_page_handler_has_a_row"/>.
public static class AuthorizationMatrix
{
    public const string Anonymous = "(anonymous)";

    public static readonly string[] Users = [Anonymous, .. DemoAccounts.All];

    private static readonly string[] Readers =
    [
        DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection, DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellTongHop,
        DemoAccounts.CellToChuc, DemoAccounts.CellBaoChi,
    ];

    private static readonly string[] Editors =
    [
        DemoAccounts.Board, DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellTongHop, DemoAccounts.CellToChuc, DemoAccounts.CellBaoChi,
    ];

    private static readonly string[] CellSecretaries =
        [DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellTongHop, DemoAccounts.CellToChuc, DemoAccounts.CellBaoChi];

    public static IReadOnlyList<MatrixRow> Rows { get; } = Build();

    /// Users in <paramref name="allowed"/> get <see cref="Expect.Allow"/>, other signed-in users 403, anonymous the sign-in page.
    public static IReadOnlyDictionary<string, Expect> Only(params string[] allowed) =>
        Users.ToDictionary(u => u, u => u == Anonymous ? Expect.Login : allowed.Contains(u) ? Expect.Allow : Expect.Forbid);

    public static IReadOnlyDictionary<string, Expect> Everyone(Expect signedIn, Expect anonymous) =>
        Users.ToDictionary(u => u, u => u == Anonymous ? anonymous : signedIn);

    private static Dictionary<string, Expect> With(IReadOnlyDictionary<string, Expect> baseline, string user, Expect expect)
    {
        var copy = new Dictionary<string, Expect>(baseline) { [user] = expect };
        return copy;
    }

    private static List<MatrixRow> Build()
    {
        var rows = new List<MatrixRow>
        {
            new("/Index", "GET", null, "dashboard", _ => "/", Everyone(Expect.Allow, Expect.Login)),
            new("/Error", "GET", null, "error page", _ => "/Error", Everyone(Expect.Allow, Expect.Allow)),
            new("/Error", "POST", null, "error page", _ => "/Error", Everyone(Expect.Allow, Expect.Allow)),
            new("/StatusCode", "GET", null, "status page", _ => "/StatusCode?code=404", Everyone(Expect.Allow, Expect.Allow)),
            new("/StatusCode", "POST", null, "status page", _ => "/StatusCode?code=404", Everyone(Expect.Allow, Expect.Allow)),
            new("/Culture", "GET", null, "language switch", _ => "/Culture", Everyone(Expect.Allow, Expect.Allow)),
            new("/Culture", "POST", null, "language switch", _ => "/Culture", Everyone(Expect.Allow, Expect.Allow)),
            new("/Account/Login", "GET", null, "sign-in", _ => "/Account/Login", Everyone(Expect.Allow, Expect.Allow)),
            new("/Account/Login", "POST", null, "sign-in", _ => "/Account/Login", Everyone(Expect.Allow, Expect.Allow)),
            new("/Account/Logout", "GET", null, "sign-out", _ => "/Account/Logout", Everyone(Expect.Allow, Expect.Login)),
            new("/Account/Logout", "POST", null, "sign-out", _ => "/Account/Logout", Everyone(Expect.Allow, Expect.Login)) { FreshSession = true },
            new("/Account/AccessDenied", "GET", null, "access denied", _ => "/Account/AccessDenied", Everyone(Expect.Forbid, Expect.Login)),

            new("/Members/Index", "GET", null, "whole scope", _ => "/Members", Only(Readers)),
            new("/Members/Index", "POST", null, "search", _ => "/Members", Only(Readers)),
            new("/Members/Index", "GET", null, "filter: Tổng hợp cell", d => $"/Members?unit={d.TongHopCell}",
                Only(DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection, DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellTongHop)),
            new("/Members/Index", "GET", null, "filter: outside cell", d => $"/Members?unit={d.OutsideCell}",
                Only(DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection)),

            new("/Members/Create", "GET", null, "form", _ => "/Members/Create", Only(Editors)),
            new("/Members/Create", "POST", null, "empty form", _ => "/Members/Create", Only(Editors)),
        };

        foreach (var (name, url) in new (string, Func<MatrixData, string>)[]
                 {
                     ("Details", d => "/Members/Details/"),
                     ("Edit", d => "/Members/Edit/"),
                     ("ChangeStatus", d => "/Members/ChangeStatus/"),
                 })
        {
            foreach (var method in name == "Details" ? new[] { "GET" } : ["GET", "POST"])
            {
                var page = "/Members/" + name;
                var own = name == "Details"
                    ? Only(DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection, DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellTongHop)
                    : name == "Edit"
                        ? Only(DemoAccounts.Board, DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellTongHop)
                        : Only(DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection, DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellTongHop);
                var below = With(own, DemoAccounts.CellTongHop, Expect.Forbid);
                var outside = With(below, DemoAccounts.GrassrootsVanPhong, Expect.Forbid);
                rows.Add(new(page, method, null, "member of own cell", d => url(d) + d.TongHopMember, own));
                rows.Add(new(page, method, null, "member of another cell below the grassroots committee", d => url(d) + d.HanhChinhMember, below));
                rows.Add(new(page, method, null, "member outside", d => url(d) + d.OutsideMember, outside));
                var unknown = Users.ToDictionary(u => u, u => u == Anonymous ? Expect.Login
                    : u == DemoAccounts.Admin ? Expect.Forbid : Expect.NotFound);
                rows.Add(new(page, method, null, "unknown id", _ => url(null!) + Guid.NewGuid(), unknown));
            }
        }

        rows.Add(new("/Cell/Index", "GET", null, "Cell area", _ => "/Cell", Only(CellSecretaries)));
        rows.Add(new("/Grassroots/Index", "GET", null, "Grassroots area", _ => "/Grassroots", Only(DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellToChuc)));
        rows.Add(new("/Board/Index", "GET", null, "Board area", _ => "/Board", Only(DemoAccounts.Board, DemoAccounts.Inspection)));
        rows.Add(new("/Committee/Index", "GET", null, "Committee area", _ => "/Committee", Only(DemoAccounts.Standing)));
        rows.Add(new("/Committee/Index", "GET", null, "Committee area, past date", _ => "/Committee?Date=01/01/2020", Only(DemoAccounts.Standing)));
        rows.AddRange(AdminRows());
        rows.AddRange(AdmissionMatrix.Rows());
        rows.AddRange(MeetingsMatrix.Rows());
        rows.AddRange(TransferMatrix.Rows());
        rows.AddRange(WorkLifeMatrix.Rows());
        rows.AddRange(FeesMatrix.Rows());
        rows.AddRange(PrivacyMatrix.Rows());
        rows.AddRange(AuditMatrix.Rows());
        rows.AddRange(ScopeCompletenessMatrix.Rows());
        rows.AddRange(OperationsMatrix.Rows());
        rows.AddRange(SessionsMatrix.Rows());
        rows.AddRange(AccountMatrix.Rows());
        return rows;
    }

    /// Every Admin page is for the administrator only, whatever record it is asked about; an unknown record is 404 for
    /// the administrator and still 403 for everyone else.
    private static IEnumerable<MatrixRow> AdminRows()
    {
        var admin = Only(DemoAccounts.Admin);
        var adminUnknown = Users.ToDictionary(u => u, u => u == Anonymous ? Expect.Login : u == DemoAccounts.Admin ? Expect.NotFound : Expect.Forbid);
        yield return new("/Admin/Index", "GET", null, "admin home", _ => "/Admin", admin);
        foreach (var (page, url) in new (string, Func<MatrixData, string>)[]
                 {
                     ("/Admin/Units/Index", _ => "/Admin/Units"),
                     ("/Admin/Users/Index", _ => "/Admin/Users"),
                     ("/Admin/Users/Details", d => $"/Admin/Users/Details/{d.OtherUser}"),
                     ("/Admin/Holidays/Index", _ => "/Admin/Holidays?Year=2026&From=02/02/2026&Days=30"),
                     ("/Admin/Rules/Index", _ => "/Admin/Rules"),
                 })
        {
            yield return new(page, "GET", null, "read-only page", url, admin);
        }

        foreach (var (page, url) in new (string, Func<MatrixData, string>)[]
                 {
                     ("/Admin/Units/Create", d => $"/Admin/Units/Create?parent={d.TopUnit}"),
                     ("/Admin/Units/Edit", d => $"/Admin/Units/Edit/{d.TongHopCell}"),
                     ("/Admin/Units/Move", d => $"/Admin/Units/Move/{d.TongHopCell}"),
                     ("/Admin/Units/Dissolve", d => $"/Admin/Units/Dissolve/{d.TongHopCell}"),
                     ("/Admin/Users/Create", _ => "/Admin/Users/Create"),
                     ("/Admin/Users/AddAssignment", d => $"/Admin/Users/AddAssignment/{d.OtherUser}"),
                     ("/Admin/Users/EndAssignment", d => $"/Admin/Users/EndAssignment/{d.OtherUsersAssignment}"),
                     ("/Admin/Users/Disable", d => $"/Admin/Users/Disable/{d.OtherUser}"),
                     ("/Admin/Users/Enable", d => $"/Admin/Users/Enable/{d.OtherUser}"),
                     ("/Admin/Users/ResetPassword", d => $"/Admin/Users/ResetPassword/{d.OtherUser}"),
                     ("/Admin/Holidays/Create", _ => "/Admin/Holidays/Create"),
                     ("/Admin/Rules/Details", _ => "/Admin/Rules/Details?key=Probation.Months"),
                 })
        {
            yield return new(page, "GET", null, "form", url, admin);
            yield return new(page, "POST", null, "empty form", url, admin);
        }

        foreach (var (page, url) in new (string, Func<MatrixData, string>)[]
                 {
                     ("/Admin/Units/Edit", _ => $"/Admin/Units/Edit/{Guid.NewGuid()}"),
                     ("/Admin/Users/Details", _ => $"/Admin/Users/Details/{Guid.NewGuid()}"),
                     ("/Admin/Users/EndAssignment", _ => $"/Admin/Users/EndAssignment/{Guid.NewGuid()}"),
                     ("/Admin/Holidays/Withdraw", _ => $"/Admin/Holidays/Withdraw/{Guid.NewGuid()}"),
                     ("/Admin/Rules/Details", _ => "/Admin/Rules/Details?key=No.Such.Rule"),
                 })
        {
            yield return new(page, "GET", null, "unknown record", url, adminUnknown);
            if (page != "/Admin/Users/Details")
            {
                yield return new(page, "POST", null, "unknown record", url, adminUnknown);
            }
        }
    }
}
