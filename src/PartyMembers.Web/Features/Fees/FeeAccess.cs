using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using PartyMembers.Domain.Organisation;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;

namespace PartyMembers.Web.Features.Fees;

public sealed record LoadedFeeMember(Access Access, FeeMember? Member, UnitInfo? Home, UnitInfo? Collecting);

/// Loads what a fee page is about and authorises it against the units it belongs to: a member's fee record belongs to
/// the home cell and to the cell that collects (the host of a temporary transfer); a collection to its cell.
public sealed class FeeAccess(FeeLedger ledger, UnitDirectory directory, IAuthorizationService authorization, CurrentUser currentUser)
{
    public async Task<LoadedFeeMember> MemberAsync(Guid id, OperationAuthorizationRequirement operation)
    {
        var member = await ledger.MemberAsync(id);
        if (member is null)
        {
            return new LoadedFeeMember(Access.NotFound, null, null, null);
        }

        var home = (await directory.FindAsync(member.HomeUnitId))!;
        var collecting = member.CollectingUnitId is { } c ? await directory.FindAsync(c) : null;
        var allowed = await AllowsAsync(home.Path, operation) || (collecting is not null && await AllowsAsync(collecting.Path, operation));
        return allowed ? new LoadedFeeMember(Access.Granted, member, home, collecting) : new LoadedFeeMember(Access.Forbidden, null, null, null);
    }

    /// A cell that holds members, authorised for <paramref name="operation"/>.
    public async Task<(Access Access, UnitInfo? Unit)> CellAsync(Guid id, OperationAuthorizationRequirement operation)
    {
        var unit = await directory.FindAsync(id);
        if (unit is null || !UnitTypeRules.CanHoldMembers(unit.Type))
        {
            return (Access.NotFound, null);
        }

        return await AllowsAsync(unit.Path, operation) ? (Access.Granted, unit) : (Access.Forbidden, null);
    }

    public async Task<bool> AllowsAsync(string unitPath, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(currentUser.Principal, new UnitScoped(unitPath), operation)).Succeeded;

    public Task<IReadOnlyList<UnitInfo>> AncestryAsync(Guid unitId) => AncestryOfAsync(unitId);

    private async Task<IReadOnlyList<UnitInfo>> AncestryOfAsync(Guid unitId)
    {
        var all = await directory.AllAsync();
        var byId = all.ToDictionary(u => u.Id);
        var unit = byId[unitId];
        return unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => byId.GetValueOrDefault(Guid.ParseExact(s, "N")))
            .OfType<UnitInfo>()
            .ToList();
    }
}
