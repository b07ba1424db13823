using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Common;
using PartyMembers.Infrastructure.Auditing;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;

namespace PartyMembers.Web.Pages.Audit;

/// Searches the audit by member, user, unit, date and action; newest first, 50 a page, keyset on Sequence.
public sealed class IndexModel(CurrentUser currentUser, PartyMembersDbContext db, UnitDirectory units) : AuditPageModel(currentUser)
{
    public const int PageSize = 50;

    [FromQuery(Name = "member")]
    public Guid? MemberId { get; set; }

    [FromQuery(Name = "user")]
    public string? UserName { get; set; }

    [FromQuery(Name = "unit")]
    public Guid? UnitId { get; set; }

    [FromQuery(Name = "from")]
    public DateOnly? From { get; set; }

    [FromQuery(Name = "to")]
    public DateOnly? To { get; set; }

    [FromQuery(Name = "action")]
    public AuditAction? Action { get; set; }

    [FromQuery(Name = "before")]
    public long? Before { get; set; }

    public IReadOnlyList<UnitChoice> Units { get; private set; } = [];

    public string? MemberName { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public long? NextBefore { get; private set; }

    public sealed record Row(long Sequence, DateTime AtUtc, string User, AuditAction Action, string Entity, string Key, string? Page,
        string? Reason, IReadOnlyList<Change> Changes);

    public sealed record Change(string Field, string? Old, string? New);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await RefuseUnlessAuditorAsync() is { } refused)
        {
            return refused;
        }

        Units = (await units.ActiveChoicesAsync()).ToList();
        if (UnitId is { } unitId && Units.All(u => u.Id != unitId))
        {
            ModelState.AddModelError("unit", T["Audit.Error.Unit"]);
        }

        if (From is { } f && To is { } t && t < f)
        {
            ModelState.AddModelError("to", T["Audit.Error.Dates"]);
        }

        if (MemberId is { } memberId)
        {
            MemberName = await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => m.FullName).FirstOrDefaultAsync();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var query = db.AuditEntries.AsNoTracking();
        if (MemberId is { } member)
        {
            query = query.Where(a => a.MemberId == member);
        }

        if (!string.IsNullOrWhiteSpace(UserName))
        {
            var name = UserName.Trim();
            var userId = await db.Users.AsNoTracking().Where(u => u.UserName == name).Select(u => (Guid?)u.Id).FirstOrDefaultAsync();
            query = userId is { } id ? query.Where(a => a.UserId == id) : query.Where(a => a.UserName == name);
        }

        if (UnitId is { } unit)
        {
            query = query.Where(a => a.UnitId == unit);
        }

        // Dates are Vietnam days: from 00:00 of the first to 00:00 after the last, in UTC.
        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue) - VietnamTime.Offset;
            query = query.Where(a => a.AtUtc >= start);
        }

        if (To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue) - VietnamTime.Offset;
            query = query.Where(a => a.AtUtc < end);
        }

        if (Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        if (Before is { } before)
        {
            query = query.Where(a => a.Sequence < before);
        }

        var page = await query.OrderByDescending(a => a.Sequence).Take(PageSize + 1).ToListAsync();
        if (page.Count > PageSize)
        {
            page.RemoveAt(PageSize);
            NextBefore = page[^1].Sequence;
        }

        var userIds = page.Where(a => a.UserId is not null).Select(a => a.UserId!.Value).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        Rows = page.Select(a => new Row(a.Sequence, a.AtUtc,
            a.UserId is { } uid && names.TryGetValue(uid, out var display) ? display : a.UserName,
            a.Action, a.Entity, a.EntityKey, a.Page, a.Reason, Diff(a.Changes))).ToList();
        return Page();
    }

    public string Query(long? before) =>
        string.Join('&', new[]
        {
            MemberId is { } m ? $"member={m}" : null,
            string.IsNullOrWhiteSpace(UserName) ? null : "user=" + Uri.EscapeDataString(UserName),
            UnitId is { } u ? $"unit={u}" : null,
            From is { } f ? "from=" + f.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
            To is { } t ? "to=" + t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
            Action is { } a ? $"action={a}" : null,
            before is { } b ? $"before={b}" : null,
        }.Where(p => p is not null));

    public static string Local(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(VietnamTime.Offset)
            .ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// The changes as field, old, new (text; the page encodes it).
    public static IReadOnlyList<Change> Diff(string changes)
    {
        var list = new List<Change>();
        try
        {
            using var json = JsonDocument.Parse(changes);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return list;
            }

            foreach (var field in json.RootElement.EnumerateObject())
            {
                if (field.Value.ValueKind == JsonValueKind.Array && field.Value.GetArrayLength() == 2)
                {
                    list.Add(new Change(field.Name, Text(field.Value[0]), Text(field.Value[1])));
                }
            }
        }
        catch (JsonException)
        {
            list.Add(new Change("?", null, changes));
        }

        return list;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
