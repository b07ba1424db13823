using PartyMembers.Infrastructure.Seeding;
using static PartyMembers.Web.Tests.Authorization.AuthorizationMatrix;

namespace PartyMembers.Web.Tests.Authorization;

/// Matrix rows of the party-fee pages (docs/security.md): readers of a cell see its fees; those who keep its members
/// (cell secretary, grassroots committee, organisation board) record them; nobody reaches another cell's by any URL.
public static class FeesMatrix
{
    private static readonly string[] AllReaders =
    [
        DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection, DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellTongHop,
        DemoAccounts.CellToChuc, DemoAccounts.CellBaoChi,
    ];

    private static readonly string[] TongHopReaders =
        [DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection, DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellTongHop];

    private static readonly string[] TongHopEditors = [DemoAccounts.Board, DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellTongHop];

    private static readonly string[] HanhChinhReaders = [DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection, DemoAccounts.GrassrootsVanPhong];

    private static readonly string[] HanhChinhEditors = [DemoAccounts.Board, DemoAccounts.GrassrootsVanPhong];

    private static readonly string[] OutsideReaders = [DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection];

    private static readonly string[] OutsideEditors = [DemoAccounts.Board];

    /// Signed-in users other than the administrator get 404 for an unknown record; the administrator 403 (no member data).
    private static readonly IReadOnlyDictionary<string, Expect> Unknown =
        Users.ToDictionary(u => u, u => u == Anonymous ? Expect.Login : u == DemoAccounts.Admin ? Expect.Forbid : Expect.NotFound);

    public static IEnumerable<MatrixRow> Rows()
    {
        yield return new("/Fees/Index", "GET", null, "cells in scope", _ => "/Fees", Only(AllReaders));
        yield return new("/Fees/Arrears", "GET", null, "default scope", _ => "/Fees/Arrears", Only(AllReaders));
        yield return new("/Fees/Arrears", "GET", null, "Tổng hợp cell", d => $"/Fees/Arrears?unit={d.TongHopCell}", Only(TongHopReaders));
        yield return new("/Fees/Arrears", "GET", null, "outside cell", d => $"/Fees/Arrears?unit={d.OutsideCell}", Only(OutsideReaders));
        yield return new("/Fees/Arrears", "GET", null, "whole committee", d => $"/Fees/Arrears?unit={d.TopUnit}", Only(OutsideReaders));

        foreach (var page in new[] { "Collect", "Sheet" })
        {
            var name = "/Fees/" + page;
            yield return new(name, "GET", null, "own cell", d => $"{name}/{d.TongHopCell}", Only(TongHopReaders));
            yield return new(name, "GET", null, "outside cell", d => $"{name}/{d.OutsideCell}", Only(OutsideReaders));
            yield return new(name, "GET", null, "unknown cell", _ => $"{name}/{Guid.NewGuid()}", Unknown);
            yield return new(name, "GET", null, "month out of range", d => $"{name}/{d.TongHopCell}?year=2026&month=13", NotFoundFor(TongHopReaders));
        }

        yield return new("/Fees/Collect", "POST", null, "empty form, own cell", d => $"/Fees/Collect/{d.TongHopCell}", Only(TongHopEditors));
        yield return new("/Fees/Collect", "POST", null, "empty form, outside cell", d => $"/Fees/Collect/{d.OutsideCell}", Only(OutsideEditors));
        yield return new("/Fees/Collect", "POST", null, "unknown cell", _ => $"/Fees/Collect/{Guid.NewGuid()}", Unknown);

        yield return new("/Fees/Member", "GET", null, "member of own cell", d => $"/Fees/Member/{d.TongHopMember}", Only(TongHopReaders));
        yield return new("/Fees/Member", "GET", null, "member of another cell below", d => $"/Fees/Member/{d.HanhChinhMember}", Only(HanhChinhReaders));
        yield return new("/Fees/Member", "GET", null, "member outside", d => $"/Fees/Member/{d.OutsideMember}", Only(OutsideReaders));
        yield return new("/Fees/Member", "GET", null, "unknown member", _ => $"/Fees/Member/{Guid.NewGuid()}", Unknown);
        foreach (var handler in new[] { "Void", "EndRelief" })
        {
            // An empty form names no payment or relief: those who may change the member's fees get 404, others 403.
            yield return new("/Fees/Member", "POST", handler, "member of own cell, nothing named", d => $"/Fees/Member/{d.TongHopMember}?handler={handler}", NotFoundFor(TongHopEditors));
            yield return new("/Fees/Member", "POST", handler, "member outside, nothing named", d => $"/Fees/Member/{d.OutsideMember}?handler={handler}", NotFoundFor(OutsideEditors));
            yield return new("/Fees/Member", "POST", handler, "unknown member", _ => $"/Fees/Member/{Guid.NewGuid()}?handler={handler}", Unknown);
        }

        foreach (var page in new[] { "Basis", "Relief" })
        {
            var name = "/Fees/" + page;
            foreach (var method in new[] { "GET", "POST" })
            {
                yield return new(name, method, null, "member of own cell", d => $"{name}/{d.TongHopMember}", Only(TongHopEditors));
                yield return new(name, method, null, "member of another cell below", d => $"{name}/{d.HanhChinhMember}", Only(HanhChinhEditors));
                yield return new(name, method, null, "member outside", d => $"{name}/{d.OutsideMember}", Only(OutsideEditors));
                yield return new(name, method, null, "unknown member", _ => $"{name}/{Guid.NewGuid()}", Unknown);
            }
        }
    }

    private static Dictionary<string, Expect> NotFoundFor(string[] users) =>
        Users.ToDictionary(u => u, u => u == Anonymous ? Expect.Login : users.Contains(u) ? Expect.NotFound : Expect.Forbid);
}
