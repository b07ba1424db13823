using Microsoft.AspNetCore.Authorization;
using PartyMembers.Domain.Accounts;

namespace PartyMembers.Web.Authorization;

/// Access is declared here: everything needs a signed-in user (deny by default), each area needs an assignment of its
/// roles in force today, and each page then authorises the record it loads against the user's units.
public static class Policies
{
    public const string CellArea = "Area.Cell";
    public const string GrassrootsArea = "Area.Grassroots";
    public const string BoardArea = "Area.Board";
    public const string CommitteeArea = "Area.Committee";
    public const string AdminArea = "Area.Admin";
    public const string MemberReader = "MemberReader";

    public static readonly IReadOnlyDictionary<string, Role[]> RolesByPolicy = new Dictionary<string, Role[]>
    {
        [CellArea] = [Role.CellSecretary],
        [GrassrootsArea] = [Role.GrassrootsSecretary],
        [BoardArea] = [Role.OrganisationBoard, Role.InspectionCommittee],
        [CommitteeArea] = [Role.StandingCommittee],
        [AdminArea] = [Role.Administrator],
        [MemberReader] = Enum.GetValues<Role>().Where(RoleRules.CanReadMembers).ToArray(),
    };

    public static void Add(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        foreach (var (name, roles) in RolesByPolicy)
        {
            options.AddPolicy(name, p => p.RequireAuthenticatedUser().AddRequirements(new HoldsRoleRequirement(roles)));
        }
    }
}

/// Holds, today, an assignment in one of the roles.
public sealed class HoldsRoleRequirement(IReadOnlyCollection<Role> roles) : IAuthorizationRequirement
{
    public IReadOnlyCollection<Role> Roles { get; } = roles;
}

public sealed class HoldsRoleHandler(CurrentUser currentUser) : AuthorizationHandler<HoldsRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, HoldsRoleRequirement requirement)
    {
        if (await currentUser.HoldsAnyAsync(requirement.Roles))
        {
            context.Succeed(requirement);
        }
    }
}
