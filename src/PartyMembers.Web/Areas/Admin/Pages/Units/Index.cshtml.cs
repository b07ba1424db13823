using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admin;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Admin.Pages.Units;

/// The organisation tree, dissolved units included: they stay in the registry because members' histories point at them.
[GetOnly]
public sealed class IndexModel(PartyMembersDbContext db) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public bool HideDissolved { get; set; }

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public int DissolvedCount { get; private set; }

    public async Task OnGetAsync()
    {
        var units = await db.Units.AsNoTracking().ToListAsync(HttpContext.RequestAborted);
        var byId = units.ToDictionary(u => u.Id);
        var ordered = UnitChoices.TreeOrder(units.Select(u => new UnitChoice(u.Id, u.Name, u.Path, u.Depth, u.Type)).ToList())
            .Select(c => byId[c.Id]);
        DissolvedCount = units.Count(u => u.IsDissolved);
        Units = ordered.Where(u => !HideDissolved || !u.IsDissolved).ToList();
    }
}
