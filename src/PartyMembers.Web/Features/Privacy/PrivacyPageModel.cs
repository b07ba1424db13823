using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Features.Privacy;

/// A privacy page about one member: loads the member and authorises the operation against the member's home unit
/// (<see cref="MemberAccess"/>), and says whether the user may record a basis or export the member's data.
public abstract class PrivacyPageModel(MemberAccess access, CurrentUser currentUser, TimeProvider clock) : AppPageModel
{
    protected CurrentUser CurrentUser { get; } = currentUser;

    protected TimeProvider Clock { get; } = clock;

    public Member Member { get; private set; } = null!;

    public OrganisationUnit Unit { get; private set; } = null!;

    /// The user keeps the registry over the member's unit (cell secretary, grassroots committee, organisation board).
    public bool CanRecord { get; private set; }

    /// Access requests are answered by the organisation board (docs/privacy.md).
    public bool CanExport { get; private set; }

    protected abstract string TitleKey { get; }

    protected async Task<IActionResult?> LoadAsync(Guid id, OperationAuthorizationRequirement operation)
    {
        var loaded = await access.LoadAsync(id, operation);
        if (loaded.Access != Access.Granted)
        {
            return loaded.Access == Access.NotFound ? NotFound() : Forbid();
        }

        Member = loaded.Member!;
        Unit = loaded.Unit!;
        CanRecord = (await CurrentUser.CoveringAsync(Unit.Path, RoleRules.CanEditMembers)).Count > 0;
        CanExport = (await CurrentUser.CoveringAsync(Unit.Path, r => r == Role.OrganisationBoard)).Count > 0;
        var ancestry = await access.AncestryAsync(Unit);
        ViewData["Breadcrumb"] = ancestry.Select(u => new Breadcrumb(u.Name))
            .Append(new Breadcrumb(Member.FullName, $"/Members/Details/{Member.Id}"))
            .Append(new Breadcrumb(T[TitleKey])).ToList();
        return null;
    }

    protected async Task<ChangeStamp> StampAsync(Func<Role, bool> allowed)
    {
        var covering = await CurrentUser.CoveringAsync(Unit.Path, allowed);
        return new ChangeStamp(CurrentUser.UserId, CurrentUser.UserName, covering[0].Role, Clock.GetUtcNow().UtcDateTime, VietnamTime.Today(Clock));
    }
}
