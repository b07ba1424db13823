using System.Globalization;
using PartyMembers.Domain.Common;

namespace PartyMembers.Domain.Rules;

/// One version of a rule parameter: its value in force from a date, and the document it comes from. A new regulation
/// adds a version; versions are never overwritten, so a time limit is always computed with the rule of its day.
public sealed class RuleParameter : IVersioned, INeverDeleted
{
    public const int KeyMaxLength = 100;
    public const int ValueMaxLength = 100;
    public const int SourceMaxLength = 300;
    public const int NoteMaxLength = 1000;

    private RuleParameter()
    {
        Key = string.Empty;
        Value = string.Empty;
        Source = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Key { get; private set; }

    public RuleValueKind Kind { get; private set; }

    public string Value { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// The regulation, with number, date and issuer, and the section, e.g. "Quy định 294-QĐ/TW, 26/5/2025, BCH TW, §4.3.1".
    public string Source { get; private set; }

    public RuleConfidence Confidence { get; private set; }

    public string? Note { get; private set; }

    public Guid Version { get; private set; }

    public static Result<RuleParameter> Create(
        string key, RuleValueKind kind, string value, DateOnly validFrom, string source, RuleConfidence confidence, string? note)
    {
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(key) || key.Length > KeyMaxLength)
        {
            errors.Add(new DomainError("Rule.KeyInvalid", nameof(Key)));
        }

        var trimmed = value?.Trim() ?? string.Empty;
        if (!IsValidValue(kind, trimmed))
        {
            errors.Add(new DomainError("Rule.ValueInvalid." + kind, nameof(Value)));
        }
        else if (trimmed.Length > ValueMaxLength)
        {
            errors.Add(new DomainError("Text.TooLong", nameof(Value), ValueMaxLength));
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            errors.Add(new DomainError("Rule.SourceRequired", nameof(Source)));
        }
        else if (source.Trim().Length > SourceMaxLength)
        {
            errors.Add(new DomainError("Text.TooLong", nameof(Source), SourceMaxLength));
        }

        if (note is { Length: > NoteMaxLength })
        {
            errors.Add(new DomainError("Text.TooLong", nameof(Note), NoteMaxLength));
        }

        if (!Enum.IsDefined(confidence))
        {
            errors.Add(new DomainError("Value.Invalid", nameof(Confidence)));
        }

        if (errors.Count > 0)
        {
            return Result<RuleParameter>.Fail(errors);
        }

        return Result<RuleParameter>.Ok(new RuleParameter
        {
            Id = Ids.New(),
            Key = key.Trim(),
            Kind = kind,
            Value = Canonical(kind, trimmed),
            ValidFrom = validFrom,
            Source = source.Trim(),
            Confidence = confidence,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            Version = Guid.NewGuid(),
        });
    }

    public int AsInteger() => int.Parse(Value, NumberStyles.Integer, CultureInfo.InvariantCulture);

    public decimal AsDecimal() => decimal.Parse(Value, NumberStyles.Number, CultureInfo.InvariantCulture);

    public Fraction AsFraction() => Fraction.Parse(Value);

    public static bool IsValidValue(RuleValueKind kind, string value) => kind switch
    {
        RuleValueKind.WholeNumber => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0,
        RuleValueKind.DecimalNumber => ParseDecimal(value) is >= 0,
        RuleValueKind.Fraction => Fraction.TryParse(value, out _),
        RuleValueKind.Text => !string.IsNullOrWhiteSpace(value),
        _ => false,
    };

    // Officials type "0,5" as often as "0.5"; both mean a half.
    private static decimal? ParseDecimal(string value) =>
        decimal.TryParse(value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static string Canonical(RuleValueKind kind, string value) => kind switch
    {
        RuleValueKind.WholeNumber => int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        RuleValueKind.DecimalNumber => ParseDecimal(value)!.Value.ToString(CultureInfo.InvariantCulture),
        RuleValueKind.Fraction => Fraction.Parse(value).ToString(),
        _ => value,
    };
}
