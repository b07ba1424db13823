using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.Rules;

namespace PartyMembers.Web.Features.Transfers;

/// A transfer case loaded for a page: the case, the member (null for an incoming member not yet accepted), the
/// sending and receiving cells inside this organisation, and the user's assignments covering either.
public sealed record LoadedTransfer(Access Access, TransferCase? Case, Member? Member, UnitInfo? From, UnitInfo? To, IReadOnlyList<ActiveAssignment> Covering)
{
    public TransferCase Value => Case!;
}

/// Loads transfer cases and decides, on the server, who may do what with them: a case is read by the member readers
/// whose assignments cover its sending or its receiving cell; a step is taken only by a role the transition table
/// gives it, held at the right place (the sending cell, its grassroots committee or the board above it; the
/// receiving cell for an acceptance), and only in the stage that allows it.
public sealed class TransferAccess(PartyMembersDbContext db, UnitDirectory directory, CurrentUser currentUser, RuleBookProvider rules, TimeProvider clock)
{
    private TransferDeadlines? _deadlines;

    public DateOnly Today => VietnamTime.Today(clock);

    public async Task<LoadedTransfer> LoadAsync(Guid id, bool track = false)
    {
        var cases = track ? db.TransferCases : db.TransferCases.AsNoTracking();
        var found = await cases.Include(c => c.Steps).FirstOrDefaultAsync(c => c.Id == id);
        if (found is null)
        {
            return new LoadedTransfer(Access.NotFound, null, null, null, null, []);
        }

        var from = found.FromUnitId is { } f ? await directory.FindAsync(f) : null;
        var to = found.ToUnitId is { } t ? await directory.FindAsync(t) : null;
        var covering = (await currentUser.AssignmentsAsync())
            .Where(a => RoleRules.CanReadMembers(a.Role) && ((from is not null && a.Covers(from.Path)) || (to is not null && a.Covers(to.Path))))
            .ToList();
        if (covering.Count == 0)
        {
            return new LoadedTransfer(Access.Forbidden, null, null, null, null, []);
        }

        Member? member = null;
        if (found.MemberId is { } memberId)
        {
            member = await (track ? db.Members : db.Members.AsNoTracking()).FirstAsync(m => m.Id == memberId);
        }

        return new LoadedTransfer(Access.Granted, found, member, from, to, covering);
    }

    /// The assignment through which the user may fire <paramref name="trigger"/> on the case now, or null.
    public static ActiveAssignment? ActingFor(LoadedTransfer loaded, TransferTrigger trigger)
    {
        var c = loaded.Value;
        var transition = c.Transition(trigger);
        if (transition is null)
        {
            return null;
        }

        // Acceptance and the incoming side act on the receiving cell; everything else on the sending cell.
        var receiving = trigger == TransferTrigger.Accept || c.Kind == TransferKind.Incoming;
        var place = receiving ? loaded.To : loaded.From;
        if (place is null)
        {
            return null;
        }

        return loaded.Covering.FirstOrDefault(a => transition.Roles.Contains(a.Role) && a.Covers(place.Path)
            && (a.Role != Role.CellSecretary || a.UnitId == place.Id));
    }

    /// The steps the user may take now.
    public static IReadOnlyList<TransferTrigger> AvailableSteps(LoadedTransfer loaded) =>
        Enum.GetValues<TransferTrigger>().Where(t => ActingFor(loaded, t) is not null).ToList();

    /// Whether an inspection or a complaint about the member is open (Q294 §6.3.1đ).
    public Task<bool> HoldOpenAsync(Guid memberId) => db.MemberHolds.AnyAsync(h => h.MemberId == memberId && h.ClosedOn == null);

    public async Task<TransferDeadlines> DeadlinesAsync() =>
        _deadlines ??= new TransferDeadlines(await rules.RulesAsync(), await rules.CalendarAsync());

    public ChangeStamp Stamp(ActiveAssignment acting) =>
        new(currentUser.UserId, currentUser.UserName, acting.Role, clock.GetUtcNow().UtcDateTime, Today);

    /// The cells of this organisation a member can be transferred to (or be temporarily active in).
    public async Task<IReadOnlyList<UnitChoice>> CellsAsync(Guid? except = null) =>
        UnitChoices.TreeOrder((await directory.ActiveChoicesAsync())
            .Where(u => UnitTypeRules.CanHoldMembers(u.Type) && u.Id != except).ToList()).ToList();

    /// The next letter number of an issuer for a year: one more than the highest number that starts with digits.
    public async Task<string> SuggestLetterNumberAsync(Guid issuerUnitId, int year, string suffix)
    {
        var used = await db.TransferCases.AsNoTracking()
            .Where(c => c.LetterIssuerUnitId == issuerUnitId && c.LetterYear == year && c.LetterNumber != null)
            .Select(c => c.LetterNumber!).ToListAsync();
        var highest = used.Select(n => int.TryParse(new string(n.TakeWhile(char.IsAsciiDigit).ToArray()), out var k) ? k : 0).DefaultIfEmpty(0).Max();
        return $"{highest + 1}-{suffix}";
    }

    /// Whether a letter number is already used by the issuer in the year.
    public Task<bool> LetterNumberUsedAsync(Guid issuerUnitId, int year, string number, Guid exceptCase) =>
        db.TransferCases.AnyAsync(c => c.LetterIssuerUnitId == issuerUnitId && c.LetterYear == year && c.LetterNumber == number.Trim() && c.Id != exceptCase);

    public Task<UnitInfo?> UnitAsync(Guid id) => directory.FindAsync(id);

    /// The units from the top down to the cell, for the letter's and notice's headers.
    public async Task<IReadOnlyList<UnitInfo>> AncestryAsync(UnitInfo unit)
    {
        var list = new List<UnitInfo>();
        foreach (var segment in unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (await directory.FindAsync(Guid.ParseExact(segment, "N")) is { } u)
            {
                list.Add(u);
            }
        }

        return list;
    }
}

/// Where the "fees paid up to month" of a transfer letter comes from (HD38 §II.4.2); the issuer may correct it.
public interface ITransferFeeStatus
{
    Task<DateOnly> PaidUpToAsync(Guid memberId, DateOnly letterDate);
}

/// Reads the fees register: the last month of the member's unbroken run of payments. For a member with no payment in
/// the register (fees kept on paper before the register was used) it proposes the month before the letter.
public sealed class RegisterFeeStatus(PartyMembersDbContext db) : ITransferFeeStatus
{
    public async Task<DateOnly> PaidUpToAsync(Guid memberId, DateOnly letterDate) =>
        await PartyMembers.Infrastructure.Queries.FeeQueries.PaidUpToAsync(db, memberId)
        ?? new DateOnly(letterDate.Year, letterDate.Month, 1).AddMonths(-1);
}
