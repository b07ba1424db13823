using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Fees;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Infrastructure.Queries;

/// Fee facts other features read (a transfer letter states "đảng phí đã đóng đến hết tháng ...").
public static class FeeQueries
{
    /// The last month of the unbroken run of paid months that starts at the member's first paid month, or null when
    /// nothing is paid. A month the member was exempt from has no payment and breaks the run: callers that must count
    /// exempt months as settled pass them in <paramref name="settledWithoutPayment"/>.
    public static async Task<DateOnly?> PaidUpToAsync(
        PartyMembersDbContext db, Guid memberId, IReadOnlyCollection<DateOnly>? settledWithoutPayment = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var months = await db.FeePayments.AsNoTracking()
            .Where(p => p.MemberId == memberId && p.VoidSequence == 0)
            .Select(p => p.Month)
            .ToListAsync(cancellationToken);
        return PaidUpTo(months.Concat(settledWithoutPayment ?? []));
    }

    /// The last month of the consecutive run from the earliest month given.
    public static DateOnly? PaidUpTo(IEnumerable<DateOnly> months)
    {
        var set = months.Select(FeeMonth.Of).ToHashSet();
        if (set.Count == 0)
        {
            return null;
        }

        var month = set.Min();
        while (set.Contains(month.AddMonths(1)))
        {
            month = month.AddMonths(1);
        }

        return month;
    }
}
