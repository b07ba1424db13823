using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Members;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Fees;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Fees;

/// A fee page about one member: loads the member, checks the user's rights over the home or collecting cell, sets the
/// breadcrumb and makes the stamp of a change.
public abstract class MemberPageModel(FeeAccess access, CurrentUser currentUser, TimeProvider clock) : FeePageModel(access, clock)
{
    public FeeMember Member { get; private set; } = null!;

    public Features.Members.UnitInfo Home { get; private set; } = null!;

    public Features.Members.UnitInfo? Collecting { get; private set; }

    protected async Task<IActionResult?> LoadMemberAsync(Guid id, OperationAuthorizationRequirement operation)
    {
        var loaded = await Access.MemberAsync(id, operation);
        if (loaded.Access != Features.Members.Access.Granted)
        {
            return loaded.Access == Features.Members.Access.NotFound ? NotFound() : Forbid();
        }

        Member = loaded.Member!;
        Home = loaded.Home!;
        Collecting = loaded.Collecting;
        Unit = Collecting ?? Home;
        var ancestry = await Access.AncestryAsync(Home.Id);
        ViewData["Breadcrumb"] = ancestry.Select(u => new Breadcrumb(u.Name))
            .Append(new Breadcrumb(Member.FullName, $"/Fees/Member/{Member.Id}"))
            .Append(new Breadcrumb(T[PageTitleKey])).ToList();
        return null;
    }

    protected abstract string PageTitleKey { get; }

    protected async Task<ChangeStamp> StampAsync()
    {
        var covering = await currentUser.CoveringAsync(Home.Path, Domain.Accounts.RoleRules.CanEditMembers);
        if (covering.Count == 0 && Collecting is not null)
        {
            covering = await currentUser.CoveringAsync(Collecting.Path, Domain.Accounts.RoleRules.CanEditMembers);
        }

        return new ChangeStamp(currentUser.UserId, currentUser.UserName, covering[0].Role, Clock.GetUtcNow().UtcDateTime, Today);
    }
}
