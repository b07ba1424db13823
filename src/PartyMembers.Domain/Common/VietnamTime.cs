namespace PartyMembers.Domain.Common;

/// Vietnam keeps UTC+7 all year (no daylight saving): "today" for every rule is the calendar day there, whatever the
/// server's time zone.
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(new DateTimeOffset(utc, TimeSpan.Zero).ToOffset(Offset).DateTime);
}
