using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Fees;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Web.Features.Fees;

/// Where a member stands for one month.
public enum FeeMonthState
{
    Paid,
    Unpaid,
    Exempt,
    BasisMissing,
    PaysElsewhere,
    NotTracked,
}

/// What the fee pages need of a member.
public sealed record FeeMember(
    Guid Id, string FullName, string SearchName, Guid HomeUnitId, Guid? TemporaryUnitId, ActivityStatus Status, DateOnly AdmissionDecisionDate,
    DateOnly CeremonyDate)
{
    /// Away on a temporary transfer to an organisation outside our tree: pays there.
    public bool PaysElsewhere => Status == ActivityStatus.TemporarilyAway && TemporaryUnitId is null;

    /// The cell that collects the member's fee: the host cell of a temporary transfer inside our tree, else home.
    public Guid? CollectingUnitId => Status == ActivityStatus.TemporarilyAway ? TemporaryUnitId : HomeUnitId;
}

/// One member's month: due, payment and state.
public sealed record FeeMonthLine(FeeMember Member, FeeDue Due, FeePayment? Payment, FeeMonthState State);

/// Months of a year a member has not paid (up to the last closed month) and the amount they come to.
public sealed record FeeArrears(FeeMember Member, IReadOnlyList<DateOnly> UnpaidMonths, long Amount, bool AmountIncomplete, DateOnly? PaidUpTo);

/// Computes dues, payments and arrears for a set of members with one query per kind of record (never one per member).
public sealed class FeeLedger(PartyMembersDbContext db)
{
    /// Statuses in which a member owes party fees.
    public static readonly ActivityStatus[] LiableStatuses =
        [ActivityStatus.Active, ActivityStatus.TemporarilyAway, ActivityStatus.Exempt, ActivityStatus.TemporarilyExempt, ActivityStatus.Suspended];

    private static readonly System.Linq.Expressions.Expression<Func<Member, FeeMember>> Projection = m =>
        new FeeMember(m.Id, m.FullName, m.SearchName, m.HomeUnitId, m.TemporaryUnitId, m.Status, m.AdmissionDecisionDate, m.CeremonyDate);

    /// The members a cell collects from (temporary members included), and its own members away outside the tree
    /// (shown as paying elsewhere), in name order.
    public async Task<IReadOnlyList<FeeMember>> CellMembersAsync(Guid cellId) =>
        await db.Members.AsNoTracking()
            .Where(m => LiableStatuses.Contains(m.Status) && (m.TemporaryUnitId == cellId || (m.HomeUnitId == cellId && m.TemporaryUnitId == null)))
            .OrderBy(m => m.SearchName).ThenBy(m => m.Id)
            .Select(Projection)
            .ToListAsync();

    public async Task<FeeMember?> MemberAsync(Guid id) =>
        await db.Members.AsNoTracking().Where(m => m.Id == id).Select(Projection).FirstOrDefaultAsync();

    /// Each member's due and payment for <paramref name="month"/>.
    public async Task<IReadOnlyList<FeeMonthLine>> MonthAsync(IReadOnlyList<FeeMember> members, DateOnly month, RuleBook book)
    {
        var facts = await FactsAsync(members, month, month, book);
        return members.Select(m => Line(m, month, facts, book)).ToList();
    }

    /// One member's months from <paramref name="from"/> to <paramref name="to"/>.
    public async Task<IReadOnlyList<FeeMonthLine>> MonthsAsync(FeeMember member, DateOnly from, DateOnly to, RuleBook book)
    {
        var facts = await FactsAsync([member], from, to, book);
        return FeeMonth.Range(from, to).Select(m => Line(member, m, facts, book)).ToList();
    }

    /// Each member's unpaid months of <paramref name="year"/> up to <paramref name="lastClosedMonth"/> (the month before
    /// the current one), from the first month the member has a fee basis.
    public async Task<IReadOnlyList<FeeArrears>> ArrearsAsync(IReadOnlyList<FeeMember> members, int year, DateOnly lastClosedMonth, RuleBook book)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 1) < lastClosedMonth ? new DateOnly(year, 12, 1) : lastClosedMonth;
        var facts = await FactsAsync(members, from, to, book);
        var result = new List<FeeArrears>(members.Count);
        foreach (var member in members)
        {
            var unpaid = new List<DateOnly>();
            long amount = 0;
            var incomplete = false;
            foreach (var month in to < from ? [] : FeeMonth.Range(from, to))
            {
                var line = Line(member, month, facts, book);
                if (line.State is FeeMonthState.Unpaid or FeeMonthState.BasisMissing)
                {
                    unpaid.Add(month);
                    amount += line.Due.Amount ?? 0;
                    incomplete |= line.Due.Amount is null;
                }
            }

            result.Add(new FeeArrears(member, unpaid, amount, incomplete, facts.PaidUpTo.GetValueOrDefault(member.Id)));
        }

        return result;
    }

    /// The state of one month, given the loaded facts.
    private static FeeMonthLine Line(FeeMember member, DateOnly month, Facts facts, RuleBook book)
    {
        var bases = facts.Bases[member.Id].ToList();
        var due = FeeCalculator.Compute(new FeeMemberFacts(member.AdmissionDecisionDate, facts.Gaps.GetValueOrDefault(member.Id) ?? []),
            bases, facts.Reliefs[member.Id], month, book);
        var payment = facts.Payments.GetValueOrDefault((member.Id, month));
        var state = payment is not null ? FeeMonthState.Paid
            : member.PaysElsewhere ? FeeMonthState.PaysElsewhere
            : bases.Count == 0 || bases.Min(b => b.ValidFrom) > month || month < FeeMonth.Of(member.CeremonyDate) ? FeeMonthState.NotTracked
            : due.IsExempt ? FeeMonthState.Exempt
            : due.Amount is null ? FeeMonthState.BasisMissing
            : FeeMonthState.Unpaid;
        return new FeeMonthLine(member, due, payment, state);
    }

    private sealed record Facts(
        ILookup<Guid, FeeBasis> Bases, ILookup<Guid, FeeRelief> Reliefs, Dictionary<(Guid, DateOnly), FeePayment> Payments,
        Dictionary<Guid, IReadOnlyList<PartyAgeGap>> Gaps, Dictionary<Guid, DateOnly?> PaidUpTo);

    private async Task<Facts> FactsAsync(IReadOnlyList<FeeMember> members, DateOnly from, DateOnly to, RuleBook book)
    {
        var ids = members.Select(m => m.Id).ToList();
        var bases = await db.FeeBases.AsNoTracking().Where(b => ids.Contains(b.MemberId)).ToListAsync();
        var reliefs = await db.FeeReliefs.AsNoTracking().Where(r => ids.Contains(r.MemberId)).ToListAsync();
        var payments = await db.FeePayments.AsNoTracking()
            .Where(p => ids.Contains(p.MemberId) && p.VoidSequence == 0)
            .ToListAsync();

        // Party-age gaps matter only to members near the exemption's years; their events are read in one query.
        var gaps = new Dictionary<Guid, IReadOnlyList<PartyAgeGap>>();
        var exemptYears = book.Find(RuleKeys.FeeExemptPartyAgeYears, to)?.AsInteger();
        if (exemptYears is not null)
        {
            var threshold = to.AddYears(-exemptYears.Value + 1);
            var senior = members.Where(m => m.AdmissionDecisionDate <= threshold).Select(m => m.Id).ToList();
            if (senior.Count > 0)
            {
                var events = await db.MemberEvents.AsNoTracking().Where(e => senior.Contains(e.MemberId)).ToListAsync();
                foreach (var group in events.GroupBy(e => e.MemberId))
                {
                    gaps[group.Key] = PartyAge.GapsFrom(group);
                }
            }
        }

        var paidUpTo = payments.GroupBy(p => p.MemberId).ToDictionary(g => g.Key, g => PartyMembers.Infrastructure.Queries.FeeQueries.PaidUpTo(g.Select(p => p.Month)));
        return new Facts(
            bases.ToLookup(b => b.MemberId), reliefs.ToLookup(r => r.MemberId),
            payments.Where(p => p.Month >= from && p.Month <= to).ToDictionary(p => (p.MemberId, p.Month)), gaps, paidUpTo);
    }

    /// "MM/yyyy" to the first day of that month.
    /// The earliest and latest years a fee month may name: the register starts with the QĐ 342 regime (2011).
    public const int FirstYear = 2011;
    public const int LastYear = 2100;

    public static DateOnly? ParseMonth(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), ["MM/yyyy", "M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            && d.Year is >= FirstYear and <= LastYear ? d : null;

    public static string FormatMonth(DateOnly month) => month.ToString("MM/yyyy", CultureInfo.InvariantCulture);

    public static string Money(long? amount) => amount?.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")) ?? "—";
}
