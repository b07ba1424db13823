using PartyMembers.Infrastructure.Seeding;
using static PartyMembers.Web.Tests.Authorization.AdmissionMatrix;
using static PartyMembers.Web.Tests.Authorization.AuthorizationMatrix;

namespace PartyMembers.Web.Tests.Authorization;

/// Matrix rows of the admission decision pages (see <see cref="AdmissionMatrix"/>). No demo case waits for a decision,
/// so nobody may take the step; no demo case has a decision, so its readers get 404 and others 403.
public static class AdmissionDecisionMatrix
{
    public static IEnumerable<MatrixRow> Rows()
    {
        foreach (var row in StepRows("/Admission/Decide",
                     own: d => d.TongHopCandidate, ownUsers: [],
                     below: d => d.HanhChinhCandidate, belowUsers: [],
                     outside: d => d.OutsideCandidate, outsideUsers: [],
                     wrongStage: d => d.TongHopSympathiser))
        {
            yield return row;
        }

        const string page = "/Admission/Decision";
        yield return new(page, "GET", null, "case of own cell, no decision", d => $"{page}/{d.TongHopCandidate}", NotFoundFor(TongHopReaders));
        yield return new(page, "GET", null, "case of another cell below, no decision", d => $"{page}/{d.HanhChinhCandidate}", NotFoundFor(HanhChinhReaders));
        yield return new(page, "GET", null, "case outside, no decision", d => $"{page}/{d.OutsideCandidate}", NotFoundFor(OutsideReaders));
        yield return new(page, "GET", null, "recognition decision, none yet", d => $"{page}/{d.TongHopSympathiser}?phase=Recognition", NotFoundFor(TongHopReaders));
        yield return new(page, "GET", null, "docx, no decision", d => $"{page}/{d.ToChucSympathiser}?format=docx", NotFoundFor(ToChucReaders));
        yield return new(page, "GET", null, "unknown case", _ => $"{page}/{Guid.NewGuid()}", Unknown);
    }

    /// Readers of the Tổ chức grassroots cell.
    private static readonly string[] ToChucReaders = [DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection, DemoAccounts.CellToChuc];

    /// Readers of the case get 404 (there is no decision to show), other signed-in users 403.
    private static Dictionary<string, Expect> NotFoundFor(string[] readers) =>
        Users.ToDictionary(u => u, u => u == Anonymous ? Expect.Login : readers.Contains(u) ? Expect.NotFound : Expect.Forbid);
}
