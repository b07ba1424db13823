namespace PartyMembers.Domain.Common;

/// An aggregate guarded by an optimistic concurrency token: every save gives it a new <see cref="Version"/>,
/// and a save based on an older version fails instead of overwriting someone else's change.
public interface IVersioned
{
    Guid Version { get; }
}
