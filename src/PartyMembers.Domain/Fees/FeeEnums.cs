namespace PartyMembers.Domain.Fees;

/// What a member's monthly party fee is computed from (QĐ 01-QĐ/TW 2026; QĐ 342-QĐ/TW 2010 before 01/02/2026).
public enum FeeBasisKind
{
    /// Salary used for compulsory social insurance of the preceding month: a percentage of the declared amount.
    Salary,

    /// Sickness or maternity benefit: a percentage of the declared amount.
    Benefit,

    /// Pension: a percentage of the declared amount.
    Pension,

    /// Student without salary: a fixed amount.
    Student,

    /// Everyone else: a share of the regional minimum wage where the member is active.
    Other,
}

/// Region of the regional minimum wage (vùng I to IV).
public enum WageRegion
{
    Region1 = 1,
    Region2 = 2,
    Region3 = 3,
    Region4 = 4,
}

public enum FeeReliefKind
{
    /// Miễn đóng đảng phí.
    Exemption,

    /// Giảm đảng phí by a percentage.
    Reduction,
}

/// Why a member is exempted from or pays less party fee (QĐ 01-QĐ/TW 2026). Fifty years of party age is not recorded
/// here: the calculator applies it from the admission decision date.
public enum FeeReliefGround
{
    SocialPension,
    PoorHousehold,
    NearPoorHousehold,
    SeriousIllness,
    Hardship,
}

/// How a payment was made.
public enum PaymentMethod
{
    Cash,
    Bank,
    PublicServicePortal,
}

/// Months are kept as the first day of the month.
public static class FeeMonth
{
    public static DateOnly Of(DateOnly date) => new(date.Year, date.Month, 1);

    public static bool IsMonth(DateOnly date) => date.Day == 1;

    public static DateOnly LastDay(DateOnly month) => month.AddMonths(1).AddDays(-1);

    /// The months from <paramref name="from"/> to <paramref name="to"/>, both included.
    public static IEnumerable<DateOnly> Range(DateOnly from, DateOnly to)
    {
        for (var m = Of(from); m <= to; m = m.AddMonths(1))
        {
            yield return m;
        }
    }
}
