using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Members;

namespace PartyMembers.Web.Features.Admin;

/// Units as the administrator picks them: the whole tree, not a scope, because the administrator keeps the structure
/// of the organisation without any member rights in it.
public static class AdminUnits
{
    /// Active units in tree order (for parent and assignment lists).
    public static Task<IReadOnlyList<UnitChoice>> ActiveAsync(PartyMembersDbContext db, CancellationToken cancellationToken) =>
        new UnitDirectory(db).ActiveChoicesAsync(cancellationToken);

    /// Non-breaking spaces that indent an option by its depth (a select cannot hold markup).
    public static string Indent(int depth) => new('\u00A0', Math.Max(0, depth) * 3);

    /// The CSS class that indents a table cell by depth (site.css has five steps).
    public static string IndentClass(int depth) => depth <= 0 ? string.Empty : "tree-indent-" + Math.Min(depth, 5);

    /// Kinds of unit that may be created under <paramref name="parent"/>, or the top kinds when there is none.
    public static IReadOnlyList<UnitType> TypesUnder(UnitType? parent) => parent is { } p
        ? UnitTypeRules.ChildTypesOf(p)
        : Enum.GetValues<UnitType>().Where(UnitTypeRules.IsRoot).ToList();
}
