using PartyMembers.Infrastructure.Seeding;
using static PartyMembers.Web.Tests.Authorization.AdmissionMatrix;

namespace PartyMembers.Web.Tests.Authorization;

/// Matrix rows of the admission dossier pages (see <see cref="AdmissionMatrix"/>). No demo case is in a stage where
/// the dossier is open, so the introducer and verification pages refuse every existing case; the functional tests
/// drive a case of their own through those pages.
public static class AdmissionDossierMatrix
{
    public static IEnumerable<MatrixRow> Rows()
    {
        // The cell records courses until the person is a member; the grassroots secretary is also secretary of the
        // Hành chính cell.
        var course = StepRows("/Admission/Course",
            own: d => d.TongHopCandidate, ownUsers: [DemoAccounts.CellTongHop],
            below: d => d.HanhChinhCandidate, belowUsers: [DemoAccounts.GrassrootsVanPhong],
            outside: d => d.OutsideCandidate, outsideUsers: [DemoAccounts.CellBaoChi],
            wrongStage: null);

        // Only the grassroots committee of the cell permits; for a grassroots cell the organisation board does.
        var permit = StepRows("/Admission/Permit",
            own: d => d.TongHopSympathiser, ownUsers: [DemoAccounts.GrassrootsVanPhong],
            below: d => d.ToChucSympathiser, belowUsers: [DemoAccounts.Board],
            outside: d => d.OutsideCandidate, outsideUsers: [],
            wrongStage: d => d.TongHopCandidate);

        var open = StepRows("/Admission/OpenDossier",
            own: d => d.TongHopSympathiser, ownUsers: [],
            below: d => d.HanhChinhCandidate, belowUsers: [],
            outside: d => d.OutsideCandidate, outsideUsers: [],
            wrongStage: d => d.TongHopCandidate);

        var rows = course.Concat(permit).Concat(open);
        foreach (var (page, query) in new[] { ("/Admission/Introducer", ""), ("/Admission/Verification", ""), ("/Admission/VerificationReply", "?request=" + Guid.NewGuid()) })
        {
            rows = rows.Concat(StepRows(page,
                own: d => d.TongHopSympathiser, ownUsers: [],
                below: d => d.HanhChinhCandidate, belowUsers: [],
                outside: d => d.OutsideCandidate, outsideUsers: [],
                wrongStage: d => d.TongHopCandidate, query));
        }

        return rows;
    }
}
