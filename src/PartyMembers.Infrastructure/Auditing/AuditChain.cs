using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PartyMembers.Infrastructure.Auditing;

/// The hash chain of the audit (ADR 0015): each row's hash is SHA-256 over the previous row's hash and a canonical,
/// versioned form of the row's own fields. The first row chains from <see cref="Genesis"/>.
public static class AuditChain
{
    /// The "previous hash" of the first row.
    public static readonly string Genesis = new('0', AuditEntry.HashLength);

    /// Names the canonical form below; a new form gets a new version and the verifier keeps the old one.
    public const string FormatVersion = "PartyMembers.Audit.v1";

    /// Every field of the row except the database id and the hash itself, each written as its length in UTF-16 code
    /// units, a colon and the value (null as "-"), so that no value can be confused with a separator.
    public static string Canonical(AuditEntry entry)
    {
        var text = new StringBuilder(256 + entry.Changes.Length);
        Field(text, FormatVersion);
        Field(text, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(text, DateTime.SpecifyKind(entry.AtUtc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture));
        Field(text, entry.UserId?.ToString("D"));
        Field(text, entry.UserName);
        Field(text, entry.Entity);
        Field(text, entry.EntityKey);
        Field(text, entry.Action.ToString());
        Field(text, entry.Changes);
        Field(text, entry.Reason);
        Field(text, entry.TraceId);
        Field(text, entry.MemberId?.ToString("D"));
        Field(text, entry.UnitId?.ToString("D"));
        Field(text, entry.Page);
        return text.ToString();
    }

    public static string ComputeHash(string previousHash, AuditEntry entry)
    {
        var bytes = Encoding.UTF8.GetBytes(previousHash + "\n" + Canonical(entry));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// Gives the rows the next sequence numbers after the head and chains them in order.
    public static void Seal(AuditHead head, IEnumerable<AuditEntry> entries)
    {
        var sequence = head.Sequence;
        var previous = head.Hash;
        foreach (var entry in entries)
        {
            entry.Sequence = ++sequence;
            entry.Hash = ComputeHash(previous, entry);
            previous = entry.Hash;
        }
    }

    private static void Field(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("-;");
            return;
        }

        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
    }
}

/// The last row of the chain (sequence 0 and the genesis hash when the audit is empty).
public readonly record struct AuditHead(long Sequence, string Hash)
{
    public static AuditHead Empty => new(0, AuditChain.Genesis);
}
