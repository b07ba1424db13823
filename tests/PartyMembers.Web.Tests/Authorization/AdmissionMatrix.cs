using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;
using static PartyMembers.Web.Tests.Authorization.AuthorizationMatrix;

namespace PartyMembers.Web.Tests.Authorization;

/// Matrix rows of the admission pages (docs/security.md). Each step page is asked about a case in the user's cell, in
/// another cell below the same grassroots committee, outside it, in a stage that does not allow the step, and an
/// unknown case. The rows of the step pages are split by page group so that each group keeps its own file.
public static class AdmissionMatrix
{
    /// Member readers whose scope covers the Tổng hợp cell.
    public static readonly string[] TongHopReaders =
        [DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection, DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellTongHop];

    public static readonly string[] HanhChinhReaders =
        [DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection, DemoAccounts.GrassrootsVanPhong];

    public static readonly string[] OutsideReaders =
        [DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection, DemoAccounts.CellBaoChi];

    public static readonly string[] AllReaders =
    [
        DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection, DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellTongHop,
        DemoAccounts.CellToChuc, DemoAccounts.CellBaoChi,
    ];

    /// An unknown case: 404 for member readers, 403 for the administrator (the folder policy), sign-in for anonymous.
    public static IReadOnlyDictionary<string, Expect> Unknown { get; } =
        Users.ToDictionary(u => u, u => u == Anonymous ? Expect.Login : u == DemoAccounts.Admin ? Expect.Forbid : Expect.NotFound);

    public static IEnumerable<MatrixRow> Rows()
    {
        yield return new("/Admission/Index", "GET", null, "cases in scope", _ => "/Admission", Only(AllReaders));
        yield return new("/Admission/Index", "GET", null, "one stage, next page", _ => $"/Admission?Stage=Sympathiser&After={Guid.NewGuid()}", Only(AllReaders));
        string[] cellSecretaries = [DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellTongHop, DemoAccounts.CellToChuc, DemoAccounts.CellBaoChi];
        yield return new("/Admission/Create", "GET", null, "form", _ => "/Admission/Create", Only(cellSecretaries));
        yield return new("/Admission/Create", "POST", null, "empty form", _ => "/Admission/Create", Only(cellSecretaries));

        yield return new("/Admission/Details", "GET", null, "case of own cell", d => $"/Admission/Details/{d.TongHopCandidate}", Only(TongHopReaders));
        yield return new("/Admission/Details", "GET", null, "case of another cell below", d => $"/Admission/Details/{d.HanhChinhCandidate}", Only(HanhChinhReaders));
        yield return new("/Admission/Details", "GET", null, "case outside", d => $"/Admission/Details/{d.OutsideCandidate}", Only(OutsideReaders));
        yield return new("/Admission/Details", "GET", null, "unknown case", _ => $"/Admission/Details/{Guid.NewGuid()}", Unknown);

        foreach (var row in StepRows("/Admission/Sympathiser",
                     own: d => d.TongHopCandidate, ownUsers: [DemoAccounts.CellTongHop],
                     below: d => d.HanhChinhCandidate, belowUsers: [DemoAccounts.GrassrootsVanPhong],
                     outside: d => d.OutsideCandidate, outsideUsers: [DemoAccounts.CellBaoChi],
                     wrongStage: d => d.TongHopSympathiser))
        {
            yield return row;
        }

        foreach (var row in FurtherStageRows())
        {
            yield return row;
        }

        foreach (var row in AdmissionDossierMatrix.Rows().Concat(AdmissionDecisionMatrix.Rows()).Concat(AdmissionCeremonyMatrix.Rows()).Concat(AdmissionVoteMatrix.Rows()).Concat(AdmissionEditMatrix.Rows()))
        {
            yield return row;
        }
    }

    /// The step pages on the demo cases that stand at their stage: only the body whose turn it is gets the page (an
    /// empty form changes nothing), everyone else 403.
    private static IEnumerable<MatrixRow> FurtherStageRows()
    {
        foreach (var (page, id, users) in new (string, Func<MatrixData, Guid>, string[])[]
                 {
                     ("/Admission/CellVote", d => d.TongHopDossier, [DemoAccounts.CellTongHop]),
                     ("/Admission/Document", d => d.TongHopDossier, [DemoAccounts.CellTongHop]),
                     ("/Admission/Introducer", d => d.TongHopDossier, [DemoAccounts.CellTongHop]),
                     ("/Admission/Verification", d => d.TongHopDossier, [DemoAccounts.CellTongHop]),
                     ("/Admission/Appraise", d => d.TongHopGrassrootsResolved, [DemoAccounts.Board]),
                     ("/Admission/Decide", d => d.TongHopAppraised, [DemoAccounts.Standing]),
                     ("/Admission/Ceremony", d => d.TongHopDecided, [DemoAccounts.CellTongHop]),
                     ("/Admission/CommitteeVote", d => d.TongHopGrassrootsResolved, []),
                 })
        {
            foreach (var method in new[] { "GET", "POST" })
            {
                yield return new(page, method, null, "case at the stage for this step", d => $"{page}/{id(d)}", Only(users));
            }
        }

        yield return new("/Admission/Decision", "GET", null, "case with a decision", d => $"/Admission/Decision/{d.TongHopDecided}", Only(TongHopReaders));
        yield return new("/Admission/Decision", "GET", null, "case with a decision, .docx", d => $"/Admission/Decision/{d.TongHopDecided}?format=docx", Only(TongHopReaders));
    }

    /// GET and POST rows of a step page for the five kinds of case.
    public static IEnumerable<MatrixRow> StepRows(string page,
        Func<MatrixData, Guid> own, string[] ownUsers,
        Func<MatrixData, Guid> below, string[] belowUsers,
        Func<MatrixData, Guid> outside, string[] outsideUsers,
        Func<MatrixData, Guid>? wrongStage, string query = "")
    {
        foreach (var method in new[] { "GET", "POST" })
        {
            yield return new(page, method, null, "case of own cell", d => $"{page}/{own(d)}{query}", Only(ownUsers));
            yield return new(page, method, null, "case of another cell below", d => $"{page}/{below(d)}{query}", Only(belowUsers));
            yield return new(page, method, null, "case outside", d => $"{page}/{outside(d)}{query}", Only(outsideUsers));
            if (wrongStage is not null)
            {
                yield return new(page, method, null, "stage that does not allow it", d => $"{page}/{wrongStage(d)}{query}", Only());
            }

            yield return new(page, method, null, "unknown case", _ => $"{page}/{Guid.NewGuid()}{query}", Unknown);
        }
    }
}
