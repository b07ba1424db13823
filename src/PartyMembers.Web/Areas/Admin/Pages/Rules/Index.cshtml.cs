using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admin;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Admin.Pages.Rules;

/// One rule parameter with the version in force today (null when all its versions start later).
public sealed record RuleRow(string Key, RuleParameter? Current, int Versions, RuleParameter? Next);

public sealed record RuleGroup(string Name, IReadOnlyList<RuleRow> Rows);

/// The rule parameters: thresholds, time limits and form codes, each with the value in force today and its source.
[GetOnly]
public sealed class IndexModel(PartyMembersDbContext db, TimeProvider clock) : AppPageModel
{
    public IReadOnlyList<RuleGroup> Groups { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = VietnamTime.Today(clock);
        var parameters = await db.RuleParameters.AsNoTracking().ToListAsync(HttpContext.RequestAborted);
        var book = new RuleBook(parameters);
        Groups = book.Keys
            .Select(key =>
            {
                var history = book.History(key);
                return new RuleRow(key, book.Find(key, Today), history.Count, history.FirstOrDefault(p => p.ValidFrom > Today));
            })
            .GroupBy(r => RuleTexts.Group(r.Key))
            .OrderBy(g => RuleTexts.GroupRank(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RuleGroup(g.Key, g.OrderBy(r => r.Key, StringComparer.Ordinal).ToList()))
            .ToList();
    }
}
