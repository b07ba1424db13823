using PartyMembers.Domain.Statistics;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Infrastructure.Queries;
using PartyMembers.Web.Features.Members;

namespace PartyMembers.Web.Features.Statistics;

/// One unit of the report: its own members and the total of its subtree.
public sealed record StrengthRow(UnitChoice Unit, StrengthCount Own, StrengthCount Subtree);

/// Party strength (đảng số) per unit on a date, computed from membership events so that past dates are exact.
public sealed class StrengthReport(PartyMembersDbContext db, UnitDirectory directory, TimeProvider clock)
{
    public async Task<IReadOnlyList<StrengthRow>> ForAsync(IReadOnlyCollection<string> rootPaths, DateOnly date, CancellationToken cancellationToken = default)
    {
        // Today's figures come from the members' current state; past dates replay the events (bench/README.md).
        var counts = date >= Domain.Common.VietnamTime.Today(clock)
            ? await MembershipQueries.CurrentStrengthByUnitAsync(db, cancellationToken)
            : await MembershipQueries.StrengthByUnitAsync(db, date, cancellationToken);
        var units = (await directory.AllAsync(cancellationToken)).Where(u => u.IsActiveOn(date)).Select(UnitChoice.Of).ToList();
        var inScope = UnitChoices.TreeOrder(units)
            .Where(u => rootPaths.Any(p => u.Path.StartsWith(p, StringComparison.Ordinal)))
            .ToList();
        var byPath = units.ToDictionary(u => u.Path, StringComparer.Ordinal);
        var byId = units.ToDictionary(u => u.Id);
        var subtree = units.ToDictionary(u => u.Id, _ => new StrengthCount(0, 0));
        foreach (var (unitId, count) in counts)
        {
            if (!byId.TryGetValue(unitId, out var unit))
            {
                continue;
            }

            // Add the unit's members to itself and to every ancestor.
            foreach (var ancestor in Ancestors(unit.Path).Select(p => byPath.GetValueOrDefault(p)).Where(a => a is not null))
            {
                var current = subtree[ancestor!.Id];
                subtree[ancestor.Id] = new StrengthCount(current.Official + count.Official, current.Probationary + count.Probationary);
            }
        }

        return inScope.Select(u => new StrengthRow(u, counts.GetValueOrDefault(u.Id), subtree[u.Id])).ToList();
    }

    private static IEnumerable<string> Ancestors(string path)
    {
        var index = 0;
        while ((index = path.IndexOf('/', index + 1)) > 0)
        {
            yield return path[..(index + 1)];
        }
    }
}
