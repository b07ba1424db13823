namespace PartyMembers.Web.Features.Privacy;

/// Personal data the registry holds about a member, with its class under Law 91/2025/QH15 (and Decree 13/2023/NĐ-CP
/// Art. 2): basic or sensitive. Party membership reveals political views, so everything tied to it is sensitive.
/// docs/privacy.md is the long form of this table; a test keeps the two in step.
public static class DataCatalogue
{
    public enum DataClass
    {
        Basic,
        Sensitive,
    }

    public sealed record Category(string Key, DataClass Class);

    public static readonly IReadOnlyList<Category> Categories =
    [
        new("Identity", DataClass.Basic),
        new("PersonalId", DataClass.Basic),
        new("Origins", DataClass.Sensitive),
        new("Education", DataClass.Basic),
        new("Membership", DataClass.Sensitive),
        new("Admission", DataClass.Sensitive),
        new("Activity", DataClass.Sensitive),
        new("Fees", DataClass.Sensitive),
        new("Transfers", DataClass.Sensitive),
        new("Exemptions", DataClass.Sensitive),
        new("Audit", DataClass.Sensitive),
    ];
}
