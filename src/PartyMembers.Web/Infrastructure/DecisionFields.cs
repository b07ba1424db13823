using PartyMembers.Domain.Common;

namespace PartyMembers.Web.Infrastructure;

/// A decision typed as three fields (number, date, issuer). The domain names the parts of a
/// <see cref="LegalBasis"/>; the forms name them after the decision they belong to, so errors are moved beside the
/// right input.
public static class DecisionFields
{
    public static bool AnyGiven(string? number, DateOnly? date, string? issuer) =>
        !string.IsNullOrWhiteSpace(number) || date is not null || !string.IsNullOrWhiteSpace(issuer);

    /// The errors of the three fields, with <see cref="DomainError.Field"/> set to the form's names.
    public static IEnumerable<DomainError> Validate(
        string? number, DateOnly? date, string? issuer, DateOnly today, string numberField, string dateField, string issuerField) =>
        LegalBasis.Validate(number, date, issuer, today, string.Empty).Select(e => e with
        {
            Field = e.Field switch
            {
                nameof(LegalBasis.DocumentNumber) => numberField,
                nameof(LegalBasis.DocumentDate) => dateField,
                _ => issuerField,
            },
        });

    /// The decision, or null when no part was given (call after <see cref="Validate"/> found nothing).
    public static LegalBasis? ToBasis(string? number, DateOnly? date, string? issuer) =>
        string.IsNullOrWhiteSpace(number) || date is null || string.IsNullOrWhiteSpace(issuer)
            ? null
            : new LegalBasis(number.Trim(), date.Value, issuer.Trim());
}
