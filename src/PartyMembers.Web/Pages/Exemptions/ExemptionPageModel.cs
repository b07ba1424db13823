using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.WorkLife;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Exemptions;

/// The pages that move an exemption case: the case is loaded, and the user must hold, over its cell, a role the table
/// gives one of the page's triggers in the case's state for its reason (403 otherwise, 404 for an unknown case).
public abstract class ExemptionPageModel(WorkLifeAccess access, PartyMembersDbContext db) : WorkLifePageModel(db)
{
    public LoadedExemption Loaded { get; private set; } = null!;

    public ExemptionCase Case => Loaded.Case;

    /// The page's triggers the user may take now, each with the assignment it is taken through.
    public IReadOnlyDictionary<ExemptionTrigger, ActiveAssignment> Offered { get; private set; } = new Dictionary<ExemptionTrigger, ActiveAssignment>();

    protected WorkLifeAccess Access => access;

    protected abstract IReadOnlyList<ExemptionTrigger> Triggers { get; }

    protected abstract string TitleKey { get; }

    protected async Task<IActionResult?> PrepareAsync(Guid id, bool track)
    {
        var (found, loaded) = await access.LoadExemptionAsync(id, track);
        if (found != Features.Members.Access.Granted)
        {
            return Refuse(found);
        }

        Loaded = loaded!;
        var offered = new Dictionary<ExemptionTrigger, ActiveAssignment>();
        foreach (var trigger in Triggers)
        {
            if (await access.ActingForAsync(Loaded, trigger) is { } acting)
            {
                offered[trigger] = acting;
            }
        }

        if (offered.Count == 0)
        {
            return Forbid();
        }

        Offered = offered;
        if (!track)
        {
            Version = Case.Version;
        }

        ViewData["Title"] = T[TitleKey];
        ViewData["Breadcrumb"] = new List<Breadcrumb>
        {
            new(T["WorkLife.Exemptions.Title"], "/Exemptions"), new(Loaded.MemberName, $"/Exemptions/Details/{Case.Id}"), new(T[TitleKey]),
        };
        return null;
    }

    protected Task Reload(Guid id) => PrepareAsync(id, track: false);

    /// The member, tracked, for the steps that change the member's status.
    protected Task<Domain.Members.Member> MemberAsync() =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(Db.Members, m => m.Id == Case.MemberId);
}
