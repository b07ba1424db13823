using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Fees;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Rules;

namespace PartyMembers.Infrastructure.Seeding;

/// Fee bases and this year's payments for the members of Chi bộ Phòng Tổng hợp, with some arrears: every fifth member
/// has not paid the last four closed months (at the removal threshold), the next one the last month.
public static class DemoFees
{
    internal static void Add(Persistence.PartyMembersDbContext db, DemoDataGenerator generator, DateOnly today, DateTime nowUtc)
    {
        var (bases, payments) = Create(generator, today, nowUtc);
        db.FeeBases.AddRange(bases);
        db.FeePayments.AddRange(payments);
    }

    internal static (IReadOnlyList<FeeBasis> Bases, IReadOnlyList<FeePayment> Payments) Create(DemoDataGenerator generator, DateOnly today, DateTime nowUtc)
    {
        var stamp = new ChangeStamp(null, DemoDataGenerator.RecordedBy, Role.CellSecretary, nowUtc, today);
        var book = RuleCatalogue.Book();
        var cell = generator.Unit(DemoUnits.TongHopCellCode).Unit;
        var members = generator.Members.Select(m => m.Member)
            .Where(m => m.HomeUnitId == cell.Id && m.TemporaryUnitId is null && m.Status is ActivityStatus.Active or ActivityStatus.Exempt)
            .OrderBy(m => m.SearchName)
            .ToList();
        var firstMonth = new DateOnly(today.Year, 1, 1);
        var lastClosed = FeeMonth.Of(today).AddMonths(-1);
        var bases = new List<FeeBasis>();
        var payments = new List<FeePayment>();
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var basis = (i % 7) switch
            {
                6 => FeeBasis.Create(member.Id, firstMonth, FeeBasisKind.Other, null, WageRegion.Region3, false, null, stamp),
                _ when member.DateOfBirth.Year < today.Year - 61 => FeeBasis.Create(member.Id, firstMonth, FeeBasisKind.Pension, 7_200_000 + (i * 150_000), null, false, null, stamp),
                _ => FeeBasis.Create(member.Id, firstMonth, FeeBasisKind.Salary, 8_000_000 + (i * 350_000), null, false, null, stamp),
            };
            bases.Add(basis.Value!);
            var skipFrom = (i % 5) switch
            {
                0 => lastClosed.AddMonths(-3),
                1 => lastClosed,
                _ => DateOnly.MaxValue,
            };
            var facts = new FeeMemberFacts(member.AdmissionDecisionDate, []);
            foreach (var month in lastClosed < firstMonth ? [] : FeeMonth.Range(firstMonth, lastClosed))
            {
                var due = FeeCalculator.Compute(facts, [basis.Value!], [], month, book);
                if (month >= skipFrom || due.Amount is not > 0)
                {
                    continue;
                }

                var paidOn = month.AddDays(9) <= today ? month.AddDays(9) : month;
                var method = (i % 3) switch { 0 => PaymentMethod.Cash, 1 => PaymentMethod.Bank, _ => PaymentMethod.PublicServicePortal };
                payments.Add(FeePayment.Record(member.Id, month, cell.Id, due, due.Amount.Value, false, method, paidOn, stamp).Value!);
            }
        }

        return (bases, payments);
    }
}
