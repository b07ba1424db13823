namespace PartyMembers.Infrastructure.Auditing;

/// One change to one record: who, when, what (entity, key, fields with old and new values) and why.
/// Written by <see cref="AuditInterceptor"/> in the same transaction as the change.
public sealed class AuditEntry
{
    public const int EntityMaxLength = 100;
    public const int KeyMaxLength = 100;
    public const int UserNameMaxLength = 256;
    public const int ReasonMaxLength = 1000;
    public const int PageMaxLength = 200;
    public const int HashLength = 64;

    public long Id { get; set; }

    /// Position in the hash chain: 1, 2, 3, ... without gaps (unique index; ADR 0015).
    public long Sequence { get; set; }

    /// Lower-case hex SHA-256 of the previous row's hash and this row's canonical form (<see cref="AuditChain"/>).
    public string Hash { get; set; } = string.Empty;

    public DateTime AtUtc { get; set; }

    public Guid? UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    public string Entity { get; set; } = string.Empty;

    public string EntityKey { get; set; } = string.Empty;

    public AuditAction Action { get; set; }

    /// JSON object: field name to [old, new]. Secrets (password hashes, security stamps, tokens) are masked.
    public string Changes { get; set; } = "{}";

    public string? Reason { get; set; }

    /// The request that made the change, to find its log lines without putting personal data in them.
    public string? TraceId { get; set; }

    /// The member the row is about: the member itself, or a record with a MemberId (found through EF metadata).
    public Guid? MemberId { get; set; }

    /// The unit the record belongs to (its HomeUnitId or UnitId), or the unit itself; for searches by unit.
    public Guid? UnitId { get; set; }

    /// For View, Export and Denied rows: the page path (never the query string).
    public string? Page { get; set; }
}

public enum AuditAction
{
    Insert,
    Update,
    Delete,

    /// A member's dossier, résumé, case, attachment or letter was opened (access log; no change).
    View,

    /// A document or sheet was downloaded or printed.
    Export,

    /// The app refused a signed-in user (403) or a form without a valid antiforgery token.
    Denied,
}
