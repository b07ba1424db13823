using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;

namespace PartyMembers.Web.Features.Members;

/// Which members to list: free text (a name, a personal ID or a card number), a unit (with everything below it),
/// membership type and status, and where the previous page ended.
public sealed record MemberFilter(string? Text, Guid? UnitId, MembershipType? Type, StatusFilter Status);

public enum StatusFilter
{
    /// Members counted in the organisation's strength, and those whose transfer letter is issued.
    Current,
    Active,
    TemporarilyAway,
    Exempt,
    TemporarilyExempt,
    Suspended,
    TransferringOut,
    TransferredOut,
    Left,
    Deceased,
    All,
}

public sealed record MemberRow(
    Guid Id, string FullName, Sex Sex, DateOnly DateOfBirth, Guid UnitId, string UnitName, MembershipType Type,
    ActivityStatus Status, DateOnly CeremonyDate);

public sealed record MemberPage(IReadOnlyList<MemberRow> Rows, string? Next);

/// The member list: scoped by query to the user's units, searched on indexed, diacritic-folded name keys, and paged by
/// keyset (never OFFSET) so page 1,000 costs what page 1 costs.
///
/// A name search reads up to four index ranges in turn, each in its own order: full names, then (for a single word)
/// given names, that start with the text exactly as typed with its marks ("Đào" before "Đạo" and "Dao"); then full names,
/// then given names, whose folded form starts with the folded text. The cursor records the range and the last key read,
/// so every page is one indexed seek.
public sealed class MemberSearch(PartyMembersDbContext db, UnitDirectory directory, CurrentUser currentUser, IDataProtectionProvider protection)
{
    public const int PageSize = 25;

    private readonly IDataProtector _cursorProtector = protection.CreateProtector("PartyMembers.MemberSearch.Cursor.v1");

    public async Task<MemberPage> SearchAsync(MemberFilter filter, string? cursorToken, CancellationToken cancellationToken = default)
    {
        var page = await FindAsync(filter, cursorToken, cancellationToken);
        if (page.Rows.Count == 0)
        {
            return page;
        }

        var rows = new List<MemberRow>(page.Rows.Count);
        foreach (var row in page.Rows)
        {
            rows.Add(row with { UnitName = (await directory.FindAsync(row.UnitId, cancellationToken))?.Name ?? string.Empty });
        }

        return page with { Rows = rows };
    }

    private async Task<MemberPage> FindAsync(MemberFilter filter, string? cursorToken, CancellationToken cancellationToken)
    {
        var scope = await ScopeUnitIdsAsync(filter.UnitId);
        if (scope is { Count: 0 })
        {
            return new MemberPage([], null);
        }

        var members = db.Members.AsNoTracking().AsQueryable();
        if (scope is not null)
        {
            members = members.Where(m => scope.Contains(m.HomeUnitId));
        }

        members = ApplyStatus(members, filter);
        var text = filter.Text?.Trim() ?? string.Empty;
        var identifier = PersonalIdNumber.Normalise(text);
        if (identifier.Length is PersonalIdNumber.Length or CardNumber.OldLength && identifier.All(char.IsAsciiDigit))
        {
            // A personal ID is a search key only where the user may see it (FieldAccess): otherwise the search would
            // tell whose number it is. A role without the right finds nobody by a number.
            var idScope = await ScopeUnitIdsAsync(filter.UnitId, role => FieldAccess.Sees(role, FieldClass.PersonalId));
            if (idScope is { Count: 0 })
            {
                return new MemberPage([], null);
            }

            var byId = idScope is null ? members : members.Where(m => idScope.Contains(m.HomeUnitId));
            byId = byId.Where(m => m.PersonalIdNumber == identifier || m.CardNumber == identifier);
            var found = await byId.OrderBy(m => m.SearchName).Take(PageSize)
                .Select(m => new MemberRow(m.Id, m.FullName, m.Sex, m.DateOfBirth, m.HomeUnitId, string.Empty, m.Type, m.Status, m.CeremonyDate))
                .ToListAsync(cancellationToken);
            return new MemberPage(found, null);
        }

        var folded = Clean(VietnameseText.Fold(text));
        var lower = Clean(VietnameseText.Lower(text));
        var marked = lower.Length > 0 && lower != folded;
        var oneWord = folded.Length > 0 && !folded.Contains(' ', StringComparison.Ordinal);
        var phases = new List<Phase>();
        if (marked)
        {
            phases.Add(Phase.Exact);
        }

        if (marked && oneWord)
        {
            phases.Add(Phase.ExactGivenName);
        }

        phases.Add(Phase.Folded);
        if (oneWord)
        {
            phases.Add(Phase.GivenName);
        }

        var cursor = Unprotect(cursorToken);
        var rows = new List<MemberRow>(PageSize);
        Cursor? next = null;
        foreach (var phase in phases)
        {
            if (cursor is not null && phase < cursor.Phase)
            {
                continue;
            }

            var after = cursor is not null && cursor.Phase == phase ? cursor : null;
            var need = PageSize - rows.Count;
            var page = await ReadPhaseAsync(members, phase, folded, lower, marked, marked && oneWord, after, need + 1, cancellationToken);
            rows.AddRange(page.Take(need).Select(p => p.Row));
            if (page.Count > need)
            {
                var last = page[need - 1];
                next = new Cursor(phase, last.Key1, last.Key2, last.Row.Id);
                break;
            }
        }

        return new MemberPage(rows, next is null ? null : _cursorProtector.Protect(JsonSerializer.Serialize(next)));
    }

    /// The units whose members the user may read, limited to <paramref name="unitId"/>'s subtree when given;
    /// null means "all units" (an assignment at the top covers everything, so no filter is needed).
    public async Task<IReadOnlyList<Guid>?> ScopeUnitIdsAsync(Guid? unitId, Func<Role, bool>? roles = null)
    {
        var paths = await currentUser.ScopeAsync(roles ?? RoleRules.CanReadMembers);
        if (paths.Count == 0)
        {
            return [];
        }

        var units = await directory.AllAsync();
        string? filterPath = null;
        if (unitId is not null)
        {
            filterPath = units.FirstOrDefault(u => u.Id == unitId)?.Path;
            if (filterPath is null || !paths.Any(p => filterPath.StartsWith(p, StringComparison.Ordinal)))
            {
                return [];
            }
        }

        if (filterPath is null && units.Any(u => u.ParentId == null && paths.Contains(u.Path)))
        {
            return null;
        }

        var prefixes = filterPath is null ? paths : [filterPath];
        return units.Where(u => prefixes.Any(p => u.Path.StartsWith(p, StringComparison.Ordinal))).Select(u => u.Id).ToList();
    }

    private static IQueryable<Member> ApplyStatus(IQueryable<Member> members, MemberFilter filter)
    {
        if (filter.Type is { } type)
        {
            members = members.Where(m => m.Type == type);
        }

        return filter.Status switch
        {
            StatusFilter.All => members,
            StatusFilter.Current => members.Where(m => m.Status == ActivityStatus.Active || m.Status == ActivityStatus.TemporarilyAway
                || m.Status == ActivityStatus.Exempt || m.Status == ActivityStatus.TemporarilyExempt
                || m.Status == ActivityStatus.Suspended || m.Status == ActivityStatus.TransferringOut),
            _ => members.Where(m => m.Status == Enum.Parse<ActivityStatus>(filter.Status.ToString())),
        };
    }

    // CA1309: string.Compare without a comparison type is what EF translates to SQL "<" / ">", and the database compares
    // with the column's collation, as its index does.
#pragma warning disable CA1309
    private static async Task<List<(MemberRow Row, string Key1, string Key2)>> ReadPhaseAsync(
        IQueryable<Member> members, Phase phase, string folded, string lower, bool exact, bool exactGiven, Cursor? after, int take,
        CancellationToken cancellationToken)
    {
        // Each phase excludes what an earlier phase listed, so every member appears once:
        // exact full name (A), exact given name (B), folded full name (C, contains A), folded given name (D, contains B).
        var foldedPattern = folded + "%";
        var lowerPattern = lower + "%";
        // No join to Units here: the unit names are filled in afterwards, so that the planner always starts from the
        // members' name index (with a join it may start from Units and sort every member in scope; bench/README.md).
        var joined = members;
        switch (phase)
        {
            case Phase.Exact:
            {
                var query = joined.Where(j => EF.Functions.Like(j.NameKey, lowerPattern));
                if (after is not null)
                {
                    query = query.Where(j => string.Compare(j.NameKey, after.Key1) > 0
                        || (j.NameKey == after.Key1 && j.Id.CompareTo(after.Id) > 0));
                }

                return (await Rows(query.OrderBy(j => j.NameKey).ThenBy(j => j.Id), take, cancellationToken))
                    .Select(r => (r.Row, r.NameKey, string.Empty)).ToList();
            }

            case Phase.ExactGivenName:
            {
                var query = joined.Where(j => EF.Functions.Like(j.GivenNameKey, lowerPattern) && !EF.Functions.Like(j.NameKey, lowerPattern));
                if (after is not null)
                {
                    query = query.Where(j => string.Compare(j.GivenNameKey, after.Key1) > 0
                        || (j.GivenNameKey == after.Key1 && (string.Compare(j.NameKey, after.Key2) > 0
                            || (j.NameKey == after.Key2 && j.Id.CompareTo(after.Id) > 0))));
                }

                var ordered = query.OrderBy(j => j.GivenNameKey).ThenBy(j => j.NameKey).ThenBy(j => j.Id);
                return (await Rows(ordered, take, cancellationToken)).Select(r => (r.Row, r.GivenNameKey, r.NameKey)).ToList();
            }

            case Phase.Folded:
            {
                // With no text, "SearchName >= ''" gives the planner the name range to walk; without it, it may pick the
                // unit/status index and sort every member in scope (bench/README.md: 69 ms to 0.4 ms for a grassroots list).
                var query = folded.Length == 0
                    ? joined.Where(j => string.Compare(j.SearchName, string.Empty) >= 0)
                    : joined.Where(j => EF.Functions.Like(j.SearchName, foldedPattern));
                if (exact)
                {
                    query = query.Where(j => !EF.Functions.Like(j.NameKey, lowerPattern));
                }

                if (exactGiven)
                {
                    query = query.Where(j => !EF.Functions.Like(j.GivenNameKey, lowerPattern));
                }

                if (after is not null)
                {
                    query = query.Where(j => string.Compare(j.SearchName, after.Key1) > 0
                        || (j.SearchName == after.Key1 && j.Id.CompareTo(after.Id) > 0));
                }

                return (await Rows(query.OrderBy(j => j.SearchName).ThenBy(j => j.Id), take, cancellationToken))
                    .Select(r => (r.Row, r.SearchName, string.Empty)).ToList();
            }

            default:
            {
                var query = joined.Where(j => EF.Functions.Like(j.SearchGivenName, foldedPattern)
                    && !EF.Functions.Like(j.SearchName, foldedPattern));
                if (exactGiven)
                {
                    query = query.Where(j => !EF.Functions.Like(j.GivenNameKey, lowerPattern));
                }

                if (after is not null)
                {
                    query = query.Where(j => string.Compare(j.SearchGivenName, after.Key1) > 0
                        || (j.SearchGivenName == after.Key1 && (string.Compare(j.SearchName, after.Key2) > 0
                            || (j.SearchName == after.Key2 && j.Id.CompareTo(after.Id) > 0))));
                }

                var ordered = query.OrderBy(j => j.SearchGivenName).ThenBy(j => j.SearchName).ThenBy(j => j.Id);
                return (await Rows(ordered, take, cancellationToken)).Select(r => (r.Row, r.SearchGivenName, r.SearchName)).ToList();
            }
        }
    }

#pragma warning restore CA1309

    private static Task<List<RowWithKeys>> Rows(IQueryable<Member> ordered, int take, CancellationToken cancellationToken) =>
        ordered.Take(take)
            .Select(j => new RowWithKeys(
                new MemberRow(j.Id, j.FullName, j.Sex, j.DateOfBirth, j.HomeUnitId, string.Empty,
                    j.Type, j.Status, j.CeremonyDate),
                j.NameKey, j.GivenNameKey, j.SearchName, j.SearchGivenName))
            .ToListAsync(cancellationToken);

    /// Names never contain LIKE wildcards; dropping them keeps the pattern a plain prefix, which the index can serve.
    private static string Clean(string text) => text.Replace("%", string.Empty, StringComparison.Ordinal)
        .Replace("_", string.Empty, StringComparison.Ordinal).Replace("[", string.Empty, StringComparison.Ordinal);

    private Cursor? Unprotect(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Cursor>(_cursorProtector.Unprotect(token));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            // A stale or altered cursor starts the list again rather than failing the page.
            return null;
        }
    }

    private enum Phase
    {
        Exact,
        ExactGivenName,
        Folded,
        GivenName,
    }

    private sealed record Cursor(Phase Phase, string Key1, string Key2, Guid Id);

    private sealed record RowWithKeys(MemberRow Row, string NameKey, string GivenNameKey, string SearchName, string SearchGivenName);
}
