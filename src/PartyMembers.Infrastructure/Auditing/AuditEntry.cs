namespace PartyMembers.Infrastructure.Auditing;

/// One change to one record: who, when, what (entity, key, fields with old and new values) and why.
/// Written by <see cref="AuditInterceptor"/> in the same transaction as the change.
public sealed class AuditEntry
{
    public const int EntityMaxLength = 100;
    public const int KeyMaxLength = 100;
    public const int UserNameMaxLength = 256;
    public const int ReasonMaxLength = 1000;

    public long Id { get; set; }

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
}

public enum AuditAction
{
    Insert,
    Update,
    Delete,
}
