using PartyMembers.Infrastructure.Seeding;
using static PartyMembers.Web.Tests.Authorization.AdmissionMatrix;

namespace PartyMembers.Web.Tests.Authorization;

/// Matrix rows of the pages that correct the person's details and record the over-60 approval (see
/// <see cref="AdmissionMatrix"/>). Only the secretary of the case's cell may use them, until the ceremony; no demo case
/// is past the ceremony, so there is no wrong-stage row. The empty form posted fails validation and changes nothing.
public static class AdmissionEditMatrix
{
    public static IEnumerable<MatrixRow> Rows()
    {
        // The grassroots secretary is also secretary of the Hành chính cell.
        foreach (var page in new[] { "/Admission/Edit", "/Admission/Over60" })
        {
            foreach (var row in StepRows(page,
                         own: d => d.TongHopCandidate, ownUsers: [DemoAccounts.CellTongHop],
                         below: d => d.HanhChinhCandidate, belowUsers: [DemoAccounts.GrassrootsVanPhong],
                         outside: d => d.OutsideCandidate, outsideUsers: [DemoAccounts.CellBaoChi],
                         wrongStage: null))
            {
                yield return row;
            }
        }
    }
}
