namespace PartyMembers.Testing;

/// Fixed dates the builders use as defaults, so that no test depends on the machine's clock.
public static class TestDates
{
    /// "Today" for builders and stamps: a Monday, after every 2025 rule came into force.
    public static readonly DateOnly Today = new(2026, 3, 16);

    /// When the default organisation units were established.
    public static readonly DateOnly Established = new(2010, 1, 4);
}
