using PartyMembers.Infrastructure.Seeding;
using static PartyMembers.Web.Tests.Authorization.AdmissionMatrix;
using static PartyMembers.Web.Tests.Authorization.AuthorizationMatrix;

namespace PartyMembers.Web.Tests.Authorization;

/// Matrix rows added for completeness by scope (<see cref="ScopeCompletenessTests"/>): the posts of the transfer steps
/// on an unknown transfer, the transfer request posted for a member of each scope, and the fee corrections of a member
/// of another cell below the grassroots committee.
public static class ScopeCompletenessMatrix
{
    public static IEnumerable<MatrixRow> Rows()
    {
        foreach (var page in new[] { "Accept", "Arrival", "Cancel", "Comment", "Extend", "Flag", "Issue", "Receive", "Return" })
        {
            var path = "/Transfers/" + page;
            yield return new(path, "POST", null, "unknown transfer, empty form", _ => $"{path}/{Guid.NewGuid()}", Unknown);
        }

        yield return new("/Transfers/Request", "POST", null, "member of own cell (Tổng hợp), empty form", d => $"/Transfers/Request?memberId={d.TongHopMember}", Only(DemoAccounts.CellTongHop));
        yield return new("/Transfers/Request", "POST", null, "member of Hành chính, empty form", d => $"/Transfers/Request?memberId={d.HanhChinhMember}", Only(DemoAccounts.GrassrootsVanPhong));
        yield return new("/Transfers/Request", "POST", null, "member outside, empty form", d => $"/Transfers/Request?memberId={d.OutsideMember}", Only());
        yield return new("/Transfers/Request", "POST", null, "unknown member, empty form", _ => $"/Transfers/Request?memberId={Guid.NewGuid()}", Unknown);

        // Every administrator page that takes an id: 404 to the administrator for an unknown one, 403 to everyone else.
        var adminUnknown = Users.ToDictionary(u => u, u => u == Anonymous ? Expect.Login : u == DemoAccounts.Admin ? Expect.NotFound : Expect.Forbid);
        foreach (var page in new[] { "/Admin/Units/Dissolve", "/Admin/Units/Move", "/Admin/Users/AddAssignment", "/Admin/Users/Disable", "/Admin/Users/Enable", "/Admin/Users/ResetPassword" })
        {
            yield return new(page, "GET", null, "unknown record", _ => $"{page}/{Guid.NewGuid()}", adminUnknown);
            yield return new(page, "POST", null, "unknown record", _ => $"{page}/{Guid.NewGuid()}", adminUnknown);
        }

        // Those who change the member's fees (board, grassroots committee) get 404 for a payment or relief the form does
        // not name; everyone else 403.
        var editors = new[] { DemoAccounts.Board, DemoAccounts.GrassrootsVanPhong };
        foreach (var handler in new[] { "Void", "EndRelief" })
        {
            yield return new("/Fees/Member", "POST", handler, "member of another cell below, nothing named", d => $"/Fees/Member/{d.HanhChinhMember}?handler={handler}",
                Users.ToDictionary(u => u, u => u == Anonymous ? Expect.Login : editors.Contains(u) ? Expect.NotFound : Expect.Forbid));
        }
    }
}
