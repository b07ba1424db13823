using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Common;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admin;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Admin.Pages.Users;

public sealed record AccountRow(Guid Id, string UserName, string DisplayName, bool IsDisabled, int ActiveAssignments);

/// The accounts. A committee has tens to a few hundred of them, so they are filtered in memory, where the search can
/// ignore Vietnamese diacritics ("nguyen" finds "Nguyễn") without a folded column.
[GetOnly]
public sealed class IndexModel(PartyMembersDbContext db, TimeProvider clock) : AppPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AccountRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        var today = VietnamTime.Today(clock);
        var users = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.IsDisabled })
            .ToListAsync(HttpContext.RequestAborted);

        // Assignments that give access today: in force, and in a unit that still exists (as the sign-in rights count them).
        var counts = await (
                from a in db.RoleAssignments.AsNoTracking()
                join u in db.Units.AsNoTracking() on a.UnitId equals u.Id
                where a.ValidFrom <= today && (a.ValidTo == null || a.ValidTo >= today) && u.DissolvedOn == null
                group a by a.UserId into g
                select new { UserId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.UserId, x => x.Count, HttpContext.RequestAborted);

        var text = Q?.Trim();
        if (text is { Length: > 100 })
        {
            text = text[..100];
        }

        var folded = VietnameseText.Fold(text);
        var matching = users
            .Where(u => folded.Length == 0
                || VietnameseText.Fold(u.UserName).Contains(folded, StringComparison.Ordinal)
                || VietnameseText.Fold(u.DisplayName).Contains(folded, StringComparison.Ordinal))
            .OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase)
            .Select(u => new AccountRow(u.Id, u.UserName ?? string.Empty, u.DisplayName, u.IsDisabled, counts.GetValueOrDefault(u.Id)))
            .ToList();

        Total = matching.Count;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = matching.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }
}
