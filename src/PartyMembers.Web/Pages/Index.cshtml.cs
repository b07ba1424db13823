using PartyMembers.Domain.Accounts;
using PartyMembers.Web.Authorization;

namespace PartyMembers.Web.Pages;

/// The dashboard: the user's assignments in force and what each one lets them open.
public sealed class IndexModel(CurrentUser currentUser) : AppPageModel
{
    public IReadOnlyList<ActiveAssignment> Assignments { get; private set; } = [];

    public async Task OnGetAsync() => Assignments = await currentUser.AssignmentsAsync();

    public static IReadOnlyList<(string TextKey, string Url)> LinksFor(ActiveAssignment assignment) => assignment.Role switch
    {
        Role.CellSecretary =>
        [
            ("Dashboard.Link.CellHome", "/Cell"),
            ("Dashboard.Link.UnitMembers", $"/Members?unit={assignment.UnitId}"),
            ("Dashboard.Link.AddMember", $"/Members/Create?unit={assignment.UnitId}"),
        ],
        Role.GrassrootsSecretary =>
        [
            ("Dashboard.Link.GrassrootsHome", "/Grassroots"),
            ("Dashboard.Link.UnitMembers", $"/Members?unit={assignment.UnitId}"),
        ],
        Role.OrganisationBoard or Role.InspectionCommittee =>
        [
            ("Dashboard.Link.BoardHome", "/Board"),
            ("Dashboard.Link.AllMembers", "/Members"),
        ],
        Role.StandingCommittee =>
        [
            ("Dashboard.Link.CommitteeHome", "/Committee"),
            ("Dashboard.Link.AllMembers", "/Members"),
        ],
        Role.Administrator =>
        [
            ("Menu.Admin.Units", "/Admin/Units"),
            ("Menu.Admin.Users", "/Admin/Users"),
            ("Menu.Admin.Holidays", "/Admin/Holidays"),
            ("Menu.Admin.Rules", "/Admin/Rules"),
        ],
        _ => [],
    };
}
