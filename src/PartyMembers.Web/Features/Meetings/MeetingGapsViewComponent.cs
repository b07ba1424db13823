using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Web.Authorization;

namespace PartyMembers.Web.Features.Meetings;

public sealed record MeetingGapsSection(ActiveAssignment Assignment, IReadOnlyList<CellGap> Cells, bool OwnCell);

/// The meeting checks on a role's home page: for a grassroots committee, its cells with no regular meeting last
/// month or no thematic meeting in the quarter; for a cell secretary, the own cell's state. One query per assignment.
public sealed class MeetingGapsViewComponent(MeetingQueries queries, CurrentUser currentUser, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Role role)
    {
        var today = VietnamTime.Today(clock);
        var sections = new List<MeetingGapsSection>();
        foreach (var assignment in (await currentUser.AssignmentsAsync()).Where(a => a.Role == role).DistinctBy(a => a.UnitId))
        {
            var own = role == Role.CellSecretary;
            var cells = await queries.CellStatesAsync(assignment.UnitPath, own, today);
            sections.Add(new MeetingGapsSection(assignment, own ? cells : cells.Where(c => c.State.HasGap).ToList(), own));
        }

        return View("/Pages/Meetings/_Gaps.cshtml", sections);
    }
}
