namespace PartyMembers.Testing;

/// A <see cref="TimeProvider"/> that runs with the system clock, shifted by an offset a test can move forward (for a
/// running application whose "today" must jump, e.g. to the end of a probation). Timers still run on real time.
public sealed class ShiftableClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
