using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Rules;

namespace PartyMembers.Web.Features.Admin;

/// How a rule parameter is described and its value shown. The unit of a value is part of the key's name by
/// convention (…Months, …WorkingDays), so it is read from there rather than stored.
public static class RuleTexts
{
    /// Groups in the order of a member's path through the rules; unknown prefixes follow in alphabetical order.
    public static readonly string[] GroupOrder =
    [
        "Admission", "Probation", "Recognition", "Votes", "Readmission", "Transfer", "Records", "Removal", "Appeal", "Questions",
        "Meetings", "Rating", "Cell", "Fees", "Forms",
    ];

    public static string Group(string key)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        return dot <= 0 ? key : key[..dot];
    }

    public static int GroupRank(string group)
    {
        var index = Array.IndexOf(GroupOrder, group);
        return index < 0 ? GroupOrder.Length : index;
    }

    public static string GroupTitle(IStringLocalizer texts, string group)
    {
        var text = texts["Admin.Rules.Group." + group];
        return text.ResourceNotFound ? group : text.Value;
    }

    /// The description of the key, or null when none is written (the page then shows the key itself).
    public static string? Description(IStringLocalizer texts, string key)
    {
        var text = texts["Rule." + key];
        return text.ResourceNotFound ? null : text.Value;
    }

    public static string Value(IStringLocalizer texts, RuleParameter parameter)
    {
        var unit = UnitKey(parameter.Key, parameter.Kind);
        return unit is null ? parameter.Value : texts[unit, parameter.Value].Value;
    }

    private static string? UnitKey(string key, RuleValueKind kind)
    {
        if (kind is RuleValueKind.Text or RuleValueKind.Fraction)
        {
            return null;
        }

        var name = key[(key.LastIndexOf('.') + 1)..];
        return name switch
        {
            _ when name.Contains("WorkingDays", StringComparison.Ordinal) => "Admin.Rules.Unit.WorkingDays",
            _ when name.Contains("Months", StringComparison.Ordinal) => "Admin.Rules.Unit.Months",
            _ when name.Contains("Minutes", StringComparison.Ordinal) => "Admin.Rules.Unit.Minutes",
            _ when name.Contains("Days", StringComparison.Ordinal) => "Admin.Rules.Unit.Days",
            _ when name.Contains("Years", StringComparison.Ordinal) => "Admin.Rules.Unit.Years",
            _ when name.Contains("Percent", StringComparison.Ordinal) => "Admin.Rules.Unit.Percent",
            _ when name.EndsWith("Vnd", StringComparison.Ordinal) => "Admin.Rules.Unit.Vnd",
            _ => null,
        };
    }

    public static string ConfidenceClass(RuleConfidence confidence) => confidence switch
    {
        RuleConfidence.Confirmed => "text-bg-success",
        RuleConfidence.Secondary => "text-bg-info",
        RuleConfidence.Recollection => "text-bg-warning",
        RuleConfidence.Local => "text-bg-secondary",
        _ => "text-bg-light border",
    };
}
