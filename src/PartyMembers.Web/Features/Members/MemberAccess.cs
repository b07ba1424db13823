using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;

namespace PartyMembers.Web.Features.Members;

public enum Access
{
    Granted,
    NotFound,
    Forbidden,
}

public sealed record LoadedMember(Access Access, Member? Member, OrganisationUnit? Unit);

/// Loads a member and authorises the operation against the member's unit: an unknown id is "not found", an id outside
/// the user's units is "forbidden", whatever the address or form says.
public sealed class MemberAccess(PartyMembersDbContext db, UnitDirectory directory, IAuthorizationService authorization, CurrentUser currentUser)
{
    public async Task<LoadedMember> LoadAsync(Guid id, OperationAuthorizationRequirement operation, bool track = false)
    {
        var members = track ? db.Members : db.Members.AsNoTracking();
        var member = await members.FirstOrDefaultAsync(m => m.Id == id);
        if (member is null)
        {
            return new LoadedMember(Access.NotFound, null, null);
        }

        var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == member.HomeUnitId);
        var allowed = await authorization.AuthorizeAsync(currentUser.Principal, new UnitScoped(unit.Path), operation);
        return allowed.Succeeded ? new LoadedMember(Access.Granted, member, unit) : new LoadedMember(Access.Forbidden, null, null);
    }

    /// The units from the top down to <paramref name="unit"/>, for the breadcrumb.
    public Task<IReadOnlyList<UnitInfo>> AncestryAsync(OrganisationUnit unit) => directory.AncestryAsync(unit);
}
