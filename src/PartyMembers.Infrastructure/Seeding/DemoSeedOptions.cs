namespace PartyMembers.Infrastructure.Seeding;

/// What the demo data generator makes. The same <see cref="Seed"/> and <see cref="Today"/> give the same people, dates
/// and statuses; only the identifiers differ, because they are time-based.
public sealed record DemoSeedOptions
{
    public const string DefaultTopUnitName = "Đảng bộ các cơ quan Đảng tỉnh Hà Tĩnh";
    public const int DefaultSeed = 20260101;
    public const int DefaultMemberCount = 600;

    /// Below this the 25 cells cannot each hold a member and the status examples no longer fit.
    public const int MinimumMemberCount = 50;

    public string TopUnitName { get; init; } = DefaultTopUnitName;

    public int Seed { get; init; } = DefaultSeed;

    /// Vietnam's calendar day (the caller passes it, see <see cref="Domain.Common.VietnamTime"/>): no generated date is
    /// later. It must fall after the organisation's 2025 establishment, since the recorded status changes happen in it.
    public required DateOnly Today { get; init; }

    /// The password of every demo account.
    public required string Password { get; init; }

    public int MemberCount { get; init; } = DefaultMemberCount;
}
