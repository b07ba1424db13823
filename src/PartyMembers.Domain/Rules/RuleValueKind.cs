namespace PartyMembers.Domain.Rules;

public enum RuleValueKind
{
    /// A whole number: months, working days, counts, minutes.
    WholeNumber,

    /// A decimal: percentages and amounts.
    DecimalNumber,

    /// A share written "n/d": vote thresholds.
    Fraction,

    /// A short text: form codes.
    Text,
}

/// How sure we are of a rule, as marked in docs/domain-reference (shared): confirmed in the official text, confirmed only
/// from a secondary source, recollection, a local (provincial) rule, or a design choice of this application.
public enum RuleConfidence
{
    Confirmed,
    Secondary,
    Recollection,
    Local,
    Design,
}
