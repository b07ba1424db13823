using PartyMembers.Domain.Common;

namespace PartyMembers.Testing;

/// A <see cref="TimeProvider"/> that stands still until told to move.
public sealed class FixedClock(DateTimeOffset utcNow) : TimeProvider
{
    private DateTimeOffset _utcNow = utcNow.ToUniversalTime();

    /// A clock at <paramref name="hour"/>:00 Vietnam time (UTC+7) on <paramref name="vietnamDate"/>.
    public static FixedClock OnVietnamDate(DateOnly vietnamDate, int hour = 9) =>
        new(new DateTimeOffset(vietnamDate.ToDateTime(new TimeOnly(hour, 0)), VietnamTime.Offset));

    /// The calendar day in Vietnam, as the domain rules see it.
    public DateOnly Today => VietnamTime.Today(this);

    public override DateTimeOffset GetUtcNow() => _utcNow;

    public void Advance(TimeSpan by) => _utcNow += by;

    public void SetUtcNow(DateTimeOffset utcNow) => _utcNow = utcNow.ToUniversalTime();
}
