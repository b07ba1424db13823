using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using PartyMembers.Domain.Accounts;

namespace PartyMembers.Web.Authorization;

/// A record that belongs to a unit, identified by the unit's materialised path.
public sealed record UnitScoped(string UnitPath);

/// What a user may do with records of a unit and below, checked against the record after it is loaded.
public static class UnitOperations
{
    public static readonly OperationAuthorizationRequirement ReadMembers = new() { Name = nameof(ReadMembers) };
    public static readonly OperationAuthorizationRequirement EditMembers = new() { Name = nameof(EditMembers) };

    public static Func<Role, bool> RolesFor(OperationAuthorizationRequirement operation) => operation.Name switch
    {
        nameof(ReadMembers) => RoleRules.CanReadMembers,
        nameof(EditMembers) => RoleRules.CanEditMembers,
        _ => _ => false,
    };
}

public sealed class UnitScopeHandler(CurrentUser currentUser)
    : AuthorizationHandler<OperationAuthorizationRequirement, UnitScoped>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, UnitScoped resource)
    {
        var covering = await currentUser.CoveringAsync(resource.UnitPath, UnitOperations.RolesFor(requirement));
        if (covering.Count > 0)
        {
            context.Succeed(requirement);
        }
    }
}
