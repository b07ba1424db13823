using PartyMembers.Infrastructure.Seeding;
using static PartyMembers.Web.Tests.Authorization.AuthorizationMatrix;

namespace PartyMembers.Web.Tests.Authorization;

/// Matrix rows of the personal-data pages (docs/security.md, docs/privacy.md): readers of a member see what is held
/// and on which basis; those who keep the member's records record a basis; only the organisation board exports a
/// member's data for an access request.
public static class PrivacyMatrix
{
    private static readonly string[] TongHopReaders =
        [DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection, DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellTongHop];

    private static readonly string[] TongHopEditors = [DemoAccounts.Board, DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellTongHop];

    private static readonly string[] HanhChinhReaders = [DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection, DemoAccounts.GrassrootsVanPhong];

    private static readonly string[] HanhChinhEditors = [DemoAccounts.Board, DemoAccounts.GrassrootsVanPhong];

    private static readonly string[] OutsideReaders = [DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection];

    private static readonly IReadOnlyDictionary<string, Expect> Unknown =
        Users.ToDictionary(u => u, u => u == Anonymous ? Expect.Login : u == DemoAccounts.Admin ? Expect.Forbid : Expect.NotFound);

    public static IEnumerable<MatrixRow> Rows()
    {
        yield return new("/Privacy/Member", "GET", null, "member of own cell", d => $"/Privacy/Member/{d.TongHopMember}", Only(TongHopReaders));
        yield return new("/Privacy/Member", "GET", null, "member of another cell below", d => $"/Privacy/Member/{d.HanhChinhMember}", Only(HanhChinhReaders));
        yield return new("/Privacy/Member", "GET", null, "member outside", d => $"/Privacy/Member/{d.OutsideMember}", Only(OutsideReaders));
        yield return new("/Privacy/Member", "GET", null, "unknown member", _ => $"/Privacy/Member/{Guid.NewGuid()}", Unknown);

        foreach (var method in new[] { "GET", "POST" })
        {
            yield return new("/Privacy/Record", method, null, "member of own cell", d => $"/Privacy/Record/{d.TongHopMember}", Only(TongHopEditors));
            yield return new("/Privacy/Record", method, null, "member of another cell below", d => $"/Privacy/Record/{d.HanhChinhMember}", Only(HanhChinhEditors));
            yield return new("/Privacy/Record", method, null, "member outside", d => $"/Privacy/Record/{d.OutsideMember}", Only(DemoAccounts.Board));
            yield return new("/Privacy/Record", method, null, "unknown member", _ => $"/Privacy/Record/{Guid.NewGuid()}", Unknown);

            // Access requests are answered by the organisation board only, wherever the member is.
            yield return new("/Privacy/Export", method, null, "member of own cell", d => $"/Privacy/Export/{d.TongHopMember}", Only(DemoAccounts.Board));
            yield return new("/Privacy/Export", method, null, "member of another cell below", d => $"/Privacy/Export/{d.HanhChinhMember}", Only(DemoAccounts.Board));
            yield return new("/Privacy/Export", method, null, "member outside", d => $"/Privacy/Export/{d.OutsideMember}", Only(DemoAccounts.Board));
            yield return new("/Privacy/Export", method, null, "unknown member", _ => $"/Privacy/Export/{Guid.NewGuid()}", Unknown);
        }
    }
}
