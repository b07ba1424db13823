using PartyMembers.Domain.Accounts;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Statistics;

namespace PartyMembers.Web.Features.Home;

/// The home page of a role's area: for each unit where the user holds the role, the party strength of the unit and
/// everything below it on a date.
public sealed class RoleHome(CurrentUser currentUser, StrengthReport report)
{
    public async Task<IReadOnlyList<RoleHomeSection>> ForAsync(IReadOnlyCollection<Role> roles, DateOnly date, CancellationToken cancellationToken)
    {
        var assignments = (await currentUser.AssignmentsAsync()).Where(a => roles.Contains(a.Role)).DistinctBy(a => a.UnitId).ToList();
        var sections = new List<RoleHomeSection>(assignments.Count);
        foreach (var assignment in assignments)
        {
            sections.Add(new RoleHomeSection(assignment, await report.ForAsync([assignment.UnitPath], date, cancellationToken)));
        }

        return sections;
    }
}

public sealed record RoleHomeSection(ActiveAssignment Assignment, IReadOnlyList<StrengthRow> Rows);

/// The page model of a role area's home page: the sections for the assignments of <paramref name="roles"/>, today.
public abstract class RoleHomePageModel(RoleHome home, TimeProvider clock, params Role[] roles) : Pages.AppPageModel
{
    public IReadOnlyList<RoleHomeSection> Sections { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// Admission cases waiting on the user, most urgent first.
    public IReadOnlyList<Admission.QueueRow> Waiting { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Today = Domain.Common.VietnamTime.Today(clock);
        Sections = await home.ForAsync(roles, Today, HttpContext.RequestAborted);
        Waiting = await HttpContext.RequestServices.GetRequiredService<Admission.AdmissionQueue>().WaitingOnMeAsync();
    }
}
