namespace PartyMembers.Domain.Common;

/// The document a change rests on: a decision, resolution or regulation, named by number, date and issuer
/// (never by number alone: two different "Quy định 124-QĐ/TW" exist).
public sealed record LegalBasis(string DocumentNumber, DateOnly DocumentDate, string Issuer)
{
    public const int NumberMaxLength = 50;
    public const int IssuerMaxLength = 200;

    public static IEnumerable<DomainError> Validate(string? number, DateOnly? date, string? issuer, DateOnly today, string fieldPrefix)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            yield return new DomainError("LegalBasis.NumberRequired", fieldPrefix + nameof(DocumentNumber));
        }
        else if (number.Trim().Length > NumberMaxLength)
        {
            yield return new DomainError("Text.TooLong", fieldPrefix + nameof(DocumentNumber), NumberMaxLength);
        }

        if (date is null)
        {
            yield return new DomainError("LegalBasis.DateRequired", fieldPrefix + nameof(DocumentDate));
        }
        else if (date > today)
        {
            yield return new DomainError("Date.InFuture", fieldPrefix + nameof(DocumentDate));
        }

        if (string.IsNullOrWhiteSpace(issuer))
        {
            yield return new DomainError("LegalBasis.IssuerRequired", fieldPrefix + nameof(Issuer));
        }
        else if (issuer.Trim().Length > IssuerMaxLength)
        {
            yield return new DomainError("Text.TooLong", fieldPrefix + nameof(Issuer), IssuerMaxLength);
        }
    }

    public override string ToString() => $"{DocumentNumber} ({DocumentDate:dd/MM/yyyy}, {Issuer})";
}
