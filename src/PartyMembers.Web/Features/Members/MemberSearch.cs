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
public sealed class MemberSearch(PartyMembersDbContext db, CurrentUser currentUser, IDataProtectionProvider protection)
{
    public const int PageSize = 25;

    private readonly IDataProtector _cursorProtector = protection.CreateProtector("PartyMembers.MemberSearch.Cursor.v1");

    public async Task<MemberPage> SearchAsync(MemberFilter filter, string? cursorToken, CancellationToken cancellationToken = default)
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
            var byId = members.Where(m => m.PersonalIdNumber == identifier || m.CardNumber == identifier);
            return new MemberPage(await Project(byId.OrderBy(m => m.SearchName).Take(PageSize)).ToListAsync(cancellationToken), null);
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
    public async Task<IReadOnlyList<Guid>?> ScopeUnitIdsAsync(Guid? unitId)
    {
        var paths = await currentUser.ScopeAsync(RoleRules.CanReadMembers);
        if (paths.Count == 0)
        {
            return [];
        }

        string? filterPath = null;
        if (unitId is not null)
        {
            filterPath = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync();
            if (filterPath is null || !paths.Any(p => filterPath.StartsWith(p, StringComparison.Ordinal)))
            {
                return [];
            }
        }

        var roots = await db.Units.AsNoTracking().Where(u => u.ParentId == null).Select(u => u.Path).ToListAsync();
        if (filterPath is null && paths.Any(roots.Contains))
        {
            return null;
        }

        var prefixes = filterPath is null ? paths : [filterPath];
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Path }).ToListAsync();
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
    private async Task<List<(MemberRow Row, string Key1, string Key2)>> ReadPhaseAsync(
        IQueryable<Member> members, Phase phase, string folded, string lower, bool exact, bool exactGiven, Cursor? after, int take,
        CancellationToken cancellationToken)
    {
        // Each phase excludes what an earlier phase listed, so every member appears once:
        // exact full name (A), exact given name (B), folded full name (C, contains A), folded given name (D, contains B).
        var foldedPattern = folded + "%";
        var lowerPattern = lower + "%";
        var joined = members.Join(db.Units, m => m.HomeUnitId, u => u.Id, (m, u) => new Joined { Member = m, UnitName = u.Name });
        switch (phase)
        {
            case Phase.Exact:
            {
                var query = joined.Where(j => EF.Functions.Like(j.Member.NameKey, lowerPattern));
                if (after is not null)
                {
                    query = query.Where(j => string.Compare(j.Member.NameKey, after.Key1) > 0
                        || (j.Member.NameKey == after.Key1 && j.Member.Id.CompareTo(after.Id) > 0));
                }

                return (await Rows(query.OrderBy(j => j.Member.NameKey).ThenBy(j => j.Member.Id), take, cancellationToken))
                    .Select(r => (r.Row, r.NameKey, string.Empty)).ToList();
            }

            case Phase.ExactGivenName:
            {
                var query = joined.Where(j => EF.Functions.Like(j.Member.GivenNameKey, lowerPattern) && !EF.Functions.Like(j.Member.NameKey, lowerPattern));
                if (after is not null)
                {
                    query = query.Where(j => string.Compare(j.Member.GivenNameKey, after.Key1) > 0
                        || (j.Member.GivenNameKey == after.Key1 && (string.Compare(j.Member.NameKey, after.Key2) > 0
                            || (j.Member.NameKey == after.Key2 && j.Member.Id.CompareTo(after.Id) > 0))));
                }

                var ordered = query.OrderBy(j => j.Member.GivenNameKey).ThenBy(j => j.Member.NameKey).ThenBy(j => j.Member.Id);
                return (await Rows(ordered, take, cancellationToken)).Select(r => (r.Row, r.GivenNameKey, r.NameKey)).ToList();
            }

            case Phase.Folded:
            {
                var query = folded.Length == 0 ? joined : joined.Where(j => EF.Functions.Like(j.Member.SearchName, foldedPattern));
                if (exact)
                {
                    query = query.Where(j => !EF.Functions.Like(j.Member.NameKey, lowerPattern));
                }

                if (exactGiven)
                {
                    query = query.Where(j => !EF.Functions.Like(j.Member.GivenNameKey, lowerPattern));
                }

                if (after is not null)
                {
                    query = query.Where(j => string.Compare(j.Member.SearchName, after.Key1) > 0
                        || (j.Member.SearchName == after.Key1 && j.Member.Id.CompareTo(after.Id) > 0));
                }

                return (await Rows(query.OrderBy(j => j.Member.SearchName).ThenBy(j => j.Member.Id), take, cancellationToken))
                    .Select(r => (r.Row, r.SearchName, string.Empty)).ToList();
            }

            default:
            {
                var query = joined.Where(j => EF.Functions.Like(j.Member.SearchGivenName, foldedPattern)
                    && !EF.Functions.Like(j.Member.SearchName, foldedPattern));
                if (exactGiven)
                {
                    query = query.Where(j => !EF.Functions.Like(j.Member.GivenNameKey, lowerPattern));
                }

                if (after is not null)
                {
                    query = query.Where(j => string.Compare(j.Member.SearchGivenName, after.Key1) > 0
                        || (j.Member.SearchGivenName == after.Key1 && (string.Compare(j.Member.SearchName, after.Key2) > 0
                            || (j.Member.SearchName == after.Key2 && j.Member.Id.CompareTo(after.Id) > 0))));
                }

                var ordered = query.OrderBy(j => j.Member.SearchGivenName).ThenBy(j => j.Member.SearchName).ThenBy(j => j.Member.Id);
                return (await Rows(ordered, take, cancellationToken)).Select(r => (r.Row, r.SearchGivenName, r.SearchName)).ToList();
            }
        }
    }

#pragma warning restore CA1309

    private static Task<List<RowWithKeys>> Rows(IQueryable<Joined> ordered, int take, CancellationToken cancellationToken) =>
        ordered.Take(take)
            .Select(j => new RowWithKeys(
                new MemberRow(j.Member.Id, j.Member.FullName, j.Member.Sex, j.Member.DateOfBirth, j.Member.HomeUnitId, j.UnitName,
                    j.Member.Type, j.Member.Status, j.Member.CeremonyDate),
                j.Member.NameKey, j.Member.GivenNameKey, j.Member.SearchName, j.Member.SearchGivenName))
            .ToListAsync(cancellationToken);

    private IQueryable<MemberRow> Project(IQueryable<Member> members) =>
        members.Join(db.Units, m => m.HomeUnitId, u => u.Id,
            (m, u) => new MemberRow(m.Id, m.FullName, m.Sex, m.DateOfBirth, u.Id, u.Name, m.Type, m.Status, m.CeremonyDate));

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

    // Member-init (not a constructor) so that EF can see through it when the query is composed further.
    private sealed class Joined
    {
        public required Member Member { get; init; }

        public required string UnitName { get; init; }
    }

    private sealed record RowWithKeys(MemberRow Row, string NameKey, string GivenNameKey, string SearchName, string SearchGivenName);
}
