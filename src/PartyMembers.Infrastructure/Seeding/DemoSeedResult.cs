namespace PartyMembers.Infrastructure.Seeding;

/// What one run of <see cref="DemoDataSeeder"/> made. <see cref="Seeded"/> is false, with zero counts, when the
/// database already had an organisation and was left alone.
public sealed record DemoSeedResult(bool Seeded, int Units, int Members, int Users, TimeSpan Elapsed);
