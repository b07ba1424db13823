using PartyMembers.Infrastructure.Seeding;
using static PartyMembers.Web.Tests.Authorization.AdmissionMatrix;
using static PartyMembers.Web.Tests.Authorization.AuthorizationMatrix;

namespace PartyMembers.Web.Tests.Authorization;

/// Matrix rows of the admission ceremony pages (see <see cref="AdmissionMatrix"/>). No demo case is decided or on
/// probation, so nobody may hold the ceremony or record the course. A case is withdrawn, from any stage before the
/// ceremony, by the secretary of its own cell, the grassroots secretary covering it, or the organisation board; the
/// matrix posts empty forms, which withdraw nothing.
public static class AdmissionCeremonyMatrix
{
    public static IEnumerable<MatrixRow> Rows()
    {
        foreach (var page in new[] { "/Admission/Ceremony", "/Admission/NewMemberCourse" })
        {
            foreach (var row in StepRows(page,
                         own: d => d.TongHopCandidate, ownUsers: [],
                         below: d => d.HanhChinhCandidate, belowUsers: [],
                         outside: d => d.OutsideCandidate, outsideUsers: [],
                         wrongStage: d => d.TongHopSympathiser))
            {
                yield return row;
            }
        }

        const string withdraw = "/Admission/Withdraw";
        foreach (var row in StepRows(withdraw,
                     own: d => d.TongHopCandidate, ownUsers: [DemoAccounts.CellTongHop, DemoAccounts.GrassrootsVanPhong, DemoAccounts.Board],
                     below: d => d.HanhChinhCandidate, belowUsers: [DemoAccounts.GrassrootsVanPhong, DemoAccounts.Board],
                     outside: d => d.OutsideCandidate, outsideUsers: [DemoAccounts.CellBaoChi, DemoAccounts.Board],
                     wrongStage: null))
        {
            yield return row;
        }

        foreach (var method in new[] { "GET", "POST" })
        {
            yield return new(withdraw, method, null, "sympathiser of own cell", d => $"{withdraw}/{d.TongHopSympathiser}",
                Only(DemoAccounts.CellTongHop, DemoAccounts.GrassrootsVanPhong, DemoAccounts.Board));
            yield return new(withdraw, method, null, "sympathiser of a grassroots cell", d => $"{withdraw}/{d.ToChucSympathiser}",
                Only(DemoAccounts.CellToChuc, DemoAccounts.Board));
        }
    }
}
