using PartyMembers.Infrastructure.Seeding;
using static PartyMembers.Web.Tests.Authorization.AdmissionMatrix;
using static PartyMembers.Web.Tests.Authorization.AuthorizationMatrix;
using PartyMembers.Web.Tests.Support;

namespace PartyMembers.Web.Tests.Authorization;

/// Matrix rows of the transfer pages (docs/security.md). Step pages are asked about a demo transfer at the stage the
/// step needs (the users the table and the unit give it are allowed), a transfer in a stage that does not allow it
/// (nobody), and an unknown one. Posts carry an empty form: refused before anything is saved (a check, or the
/// version the form was not shown with).
public static class TransferMatrix
{
    /// Readers of a transfer between Tổng hợp and Tổ chức.
    private static readonly string[] TongHopToChucReaders = [.. TongHopReaders, DemoAccounts.CellToChuc];

    /// Readers of a transfer between Hành chính and Tổng hợp (the same grassroots committee).
    private static readonly string[] VanPhongReaders = TongHopReaders;

    private static readonly string[] Holders = [DemoAccounts.Board, DemoAccounts.Inspection];

    private static readonly string[] NoticeRecorders = [DemoAccounts.Board, DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellToChuc];

    public static IEnumerable<MatrixRow> Rows()
    {
        yield return new("/Transfers/Index", "GET", null, "transfers in scope", _ => "/Transfers", Only(AllReaders));
        yield return new("/Transfers/Index", "GET", null, "one stage, next page", _ => $"/Transfers?Stage=Requested&After={Guid.NewGuid()}", Only(AllReaders));

        yield return new("/Transfers/Details", "GET", null, "Tổng hợp to Tổ chức", d => $"/Transfers/Details/{T(d).InternalCommented}", Only(TongHopToChucReaders));
        yield return new("/Transfers/Details", "GET", null, "temporary of Hành chính", d => $"/Transfers/Details/{T(d).TemporaryRequested}", Only(HanhChinhReaders));
        yield return new("/Transfers/Details", "GET", null, "incoming into Tổng hợp", d => $"/Transfers/Details/{T(d).IncomingNotice}", Only(TongHopReaders));
        yield return new("/Transfers/Details", "GET", null, "unknown", _ => $"/Transfers/Details/{Guid.NewGuid()}", Unknown);

        yield return new("/Transfers/Request", "GET", null, "member of Tổng hợp", d => $"/Transfers/Request?memberId={d.TongHopMember}", Only(DemoAccounts.CellTongHop));
        yield return new("/Transfers/Request", "GET", null, "member of Hành chính", d => $"/Transfers/Request?memberId={d.HanhChinhMember}", Only(DemoAccounts.GrassrootsVanPhong));
        yield return new("/Transfers/Request", "GET", null, "member outside", d => $"/Transfers/Request?memberId={d.OutsideMember}", Only());
        yield return new("/Transfers/Request", "POST", null, "empty form", d => $"/Transfers/Request?memberId={d.TongHopMember}", Only(DemoAccounts.CellTongHop));
        yield return new("/Transfers/Request", "GET", null, "unknown member", _ => $"/Transfers/Request?memberId={Guid.NewGuid()}", Unknown);

        yield return new("/Transfers/Notice", "GET", null, "form", _ => "/Transfers/Notice", Only(NoticeRecorders));
        yield return new("/Transfers/Notice", "POST", null, "empty form", _ => "/Transfers/Notice", Only(NoticeRecorders));

        foreach (var row in Step("Comment", d => T(d).OfficialRequested, [DemoAccounts.GrassrootsVanPhong], d => T(d).InternalCommented))
        {
            yield return row;
        }

        foreach (var row in Step("Issue", d => T(d).InternalCommented, [DemoAccounts.Board], d => T(d).OfficialRequested)
                     .Concat(Step("Issue", d => T(d).TemporaryRequested, [DemoAccounts.GrassrootsVanPhong, DemoAccounts.Board], null, "temporary")))
        {
            yield return row;
        }

        foreach (var row in Step("Accept", d => T(d).InternalLetterIssued, [DemoAccounts.CellTongHop], d => T(d).InternalCommented))
        {
            yield return row;
        }

        foreach (var row in Step("Receive", d => T(d).IncomingNotice, [DemoAccounts.CellTongHop], null)
                     .Concat(Step("Flag", d => T(d).IncomingNotice, [DemoAccounts.GrassrootsVanPhong, DemoAccounts.Board], d => T(d).InternalCommented))
                     .Concat(Step("Cancel", d => T(d).OfficialRequested, [DemoAccounts.CellTongHop, DemoAccounts.GrassrootsVanPhong, DemoAccounts.Board], null, "requested"))
                     .Concat(Step("Cancel", d => T(d).InternalLetterIssued, [DemoAccounts.Board], null, "letter issued")))
        {
            yield return row;
        }

        // No demo transfer is away on a temporary transfer or has a letter out of the organisation: nobody may take these
        // steps on the transfers there are.
        foreach (var row in Step("Arrival", d => T(d).InternalLetterIssued, [], null)
                     .Concat(Step("Extend", d => T(d).TemporaryRequested, [], null))
                     .Concat(Step("Return", d => T(d).TemporaryRequested, [], null)))
        {
            yield return row;
        }

        // The receiving page serves only transfers from outside, acceptance inside only internal ones: 404 to whoever
        // may read the transfer.
        yield return new("/Transfers/Receive", "GET", null, "internal transfer", d => $"/Transfers/Receive/{T(d).InternalLetterIssued}", NotFoundFor(VanPhongReaders));
        yield return new("/Transfers/Accept", "GET", null, "incoming transfer", d => $"/Transfers/Accept/{T(d).IncomingNotice}", NotFoundFor(TongHopReaders));

        yield return new("/Transfers/Letter", "GET", null, "letter issued", d => $"/Transfers/Letter/{T(d).InternalLetterIssued}", Only(VanPhongReaders));
        yield return new("/Transfers/Letter", "GET", null, "letter as docx", d => $"/Transfers/Letter/{T(d).InternalLetterIssued}?format=docx", Only(VanPhongReaders));
        yield return new("/Transfers/Letter", "GET", null, "notice of an internal transfer", d => $"/Transfers/Letter/{T(d).InternalLetterIssued}?paper=NoticeUpper", NotFoundFor(VanPhongReaders));
        yield return new("/Transfers/Letter", "GET", null, "no letter yet", d => $"/Transfers/Letter/{T(d).InternalCommented}", NotFoundFor(TongHopToChucReaders));
        yield return new("/Transfers/Letter", "GET", null, "unknown", _ => $"/Transfers/Letter/{Guid.NewGuid()}", Unknown);

        yield return new("/Transfers/Holds", "GET", null, "member of Tổng hợp", d => $"/Transfers/Holds/{d.TongHopMember}", Only(TongHopReaders));
        yield return new("/Transfers/Holds", "GET", null, "member outside", d => $"/Transfers/Holds/{d.OutsideMember}", Only(DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection));
        yield return new("/Transfers/Holds", "GET", null, "unknown member", _ => $"/Transfers/Holds/{Guid.NewGuid()}", Unknown);
        yield return new("/Transfers/Holds", "POST", "Open", "empty form", d => $"/Transfers/Holds/{d.TongHopMember}?handler=Open", Only(Holders));
        yield return new("/Transfers/Holds", "POST", "Close", "no such hold", d => $"/Transfers/Holds/{d.TongHopMember}?handler=Close", NotFoundFor(TongHopReaders));
    }

    /// GET and POST of a step page on a transfer where <paramref name="allowed"/> may take it, on one in a stage that
    /// does not allow it (nobody may), and on an unknown transfer.
    private static IEnumerable<MatrixRow> Step(string page, Func<MatrixData, Guid> open, string[] allowed, Func<MatrixData, Guid>? wrongStage, string what = "open")
    {
        var path = "/Transfers/" + page;
        yield return new(path, "GET", null, what, d => $"{path}/{open(d)}", Only(allowed));
        yield return new(path, "POST", null, what + ", empty form", d => $"{path}/{open(d)}", Only(allowed));
        if (wrongStage is not null)
        {
            yield return new(path, "GET", null, "wrong stage", d => $"{path}/{wrongStage(d)}", Only());
        }

        yield return new(path, "GET", null, what + ", unknown", _ => $"{path}/{Guid.NewGuid()}", Unknown);
    }

    private static TransferMatrixData T(MatrixData data) => TransferMatrixData.Of(data);

    /// Readers get 404, other signed-in users 403.
    private static Dictionary<string, Expect> NotFoundFor(string[] readers) =>
        Users.ToDictionary(u => u, u => u == Anonymous ? Expect.Login : readers.Contains(u) ? Expect.NotFound : Expect.Forbid);
}
