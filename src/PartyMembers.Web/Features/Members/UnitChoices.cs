using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Organisation;
using PartyMembers.Web.Authorization;

namespace PartyMembers.Web.Features.Members;

/// A unit offered in a list, with its indentation in the tree.
public sealed record UnitChoice(Guid Id, string Name, string Path, int Depth, UnitType Type)
{
    public static UnitChoice Of(UnitInfo unit) => new(unit.Id, unit.Name, unit.Path, unit.Depth, unit.Type);
}

public static class UnitChoices
{
    /// The active units under the user's assignments with <paramref name="allowed"/> rights, in tree order.
    public static async Task<IReadOnlyList<UnitChoice>> WithinScopeAsync(
        UnitDirectory directory, CurrentUser currentUser, Func<Role, bool> allowed, bool onlyUnitsHoldingMembers)
    {
        var scope = await currentUser.ScopeAsync(allowed);
        if (scope.Count == 0)
        {
            return [];
        }

        return (await directory.ActiveChoicesAsync())
            .Where(u => scope.Any(p => u.Path.StartsWith(p, StringComparison.Ordinal)))
            .Where(u => !onlyUnitsHoldingMembers || UnitTypeRules.CanHoldMembers(u.Type))
            .ToList();
    }

    /// Depth-first order with siblings by name, so a flat list reads as the tree.
    public static IEnumerable<UnitChoice> TreeOrder(IReadOnlyCollection<UnitChoice> units)
    {
        var byParent = units.ToLookup(u => ParentPath(u.Path));
        var paths = units.Select(u => u.Path).ToHashSet(StringComparer.Ordinal);
        var roots = units.Where(u => u.Depth == 0 || !paths.Contains(ParentPath(u.Path)));
        var stack = new Stack<UnitChoice>(roots.OrderByDescending(u => u.Name, StringComparer.CurrentCulture));
        while (stack.Count > 0)
        {
            var unit = stack.Pop();
            yield return unit;
            foreach (var child in byParent[unit.Path].OrderByDescending(u => u.Name, StringComparer.CurrentCulture))
            {
                stack.Push(child);
            }
        }
    }

    private static string ParentPath(string path)
    {
        var trimmed = path.TrimEnd('/');
        var last = trimmed.LastIndexOf('/');
        return last <= 0 ? string.Empty : trimmed[..(last + 1)];
    }
}
