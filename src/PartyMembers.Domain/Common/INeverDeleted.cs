namespace PartyMembers.Domain.Common;

/// Records that are never removed from the database: they end by a dated state change instead.
/// The persistence layer refuses to delete them.
public interface INeverDeleted;
