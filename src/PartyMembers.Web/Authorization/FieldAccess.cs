using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Members;

namespace PartyMembers.Web.Authorization;

/// The classes of sensitive field a role may see only when its work needs them (docs/security.md "Field-level rules").
public enum FieldClass
{
    /// The personal ID number (căn cước), and a 12-digit party card number, which by rule equals it.
    PersonalId,

    /// The family and political background of a candidate and their relatives: the verification requests (who was
    /// verified, where, the conclusion, an exemption's reason), the résumé, the verification results and the opinion
    /// summary of the dossier (notes and scans).
    FamilyAndPoliticalHistory,
}

/// What the user may see of one record's sensitive fields, decided from the assignments that cover the record's unit.
public sealed record FieldView(bool PersonalId, bool FamilyAndPoliticalHistory)
{
    public static readonly FieldView None = new(false, false);

    public bool Sees(FieldClass field) => field switch
    {
        FieldClass.PersonalId => PersonalId,
        FieldClass.FamilyAndPoliticalHistory => FamilyAndPoliticalHistory,
        _ => false,
    };
}

/// The field-level rule, as data in one place: field class x role; the scope is always "an assignment of the role whose
/// unit is the record's unit or above it" (the same materialised-path cover as every other right). The cell secretary
/// of the member's own cell, the grassroots committee over it, the organisation board and the inspection committee see
/// both classes: the cell and the grassroots committee verify and certify the background (HD38 §I.1.4(26)), the board
/// appraises it, the inspection committee checks it. The standing committee decides on the board's appraisal and sees
/// names, dates and status only; the administrator sees no member data at all.
public static class FieldAccess
{
    /// The text key shown instead of a value the user may not see.
    public const string HiddenKey = "FieldAccess.Hidden";

    public static readonly IReadOnlyDictionary<FieldClass, IReadOnlySet<Role>> RolesThatSee = new Dictionary<FieldClass, IReadOnlySet<Role>>
    {
        [FieldClass.PersonalId] = new HashSet<Role> { Role.CellSecretary, Role.GrassrootsSecretary, Role.OrganisationBoard, Role.InspectionCommittee },
        [FieldClass.FamilyAndPoliticalHistory] =
            new HashSet<Role> { Role.CellSecretary, Role.GrassrootsSecretary, Role.OrganisationBoard, Role.InspectionCommittee },
    };

    public static bool Sees(Role role, FieldClass field) => RolesThatSee.TryGetValue(field, out var roles) && roles.Contains(role);

    /// The view given by assignments that already cover the record's unit.
    public static FieldView From(IEnumerable<ActiveAssignment> covering)
    {
        var roles = covering.Select(a => a.Role).ToList();
        return new FieldView(roles.Any(r => Sees(r, FieldClass.PersonalId)), roles.Any(r => Sees(r, FieldClass.FamilyAndPoliticalHistory)));
    }

    /// The view of a record of the unit at <paramref name="unitPath"/> for the signed-in user.
    public static async Task<FieldView> ForUnitAsync(this CurrentUser user, string unitPath) =>
        From(await user.CoveringAsync(unitPath, _ => true));

    /// A card number of the personal ID's length is the personal ID itself (Quy định 294 card rules), so it is hidden with it.
    public static bool CardNumberIsPersonalId(string? cardNumber) => cardNumber is { Length: PersonalIdNumber.Length };

    /// The card number to show: hidden with the personal ID when it is one.
    public static string? CardNumberFor(FieldView view, string? cardNumber, string hidden) =>
        !view.PersonalId && CardNumberIsPersonalId(cardNumber) ? hidden : cardNumber;
}

/// Which parts of an admission dossier are family and political history.
public static class AdmissionFields
{
    /// The résumé (2-KNĐ: family class background, relatives), the introducers' letters (their comments on the
    /// candidate's history), the opinion summary of the residence cell and organisations, and the verification results.
    public static readonly IReadOnlySet<Domain.Admission.DossierItemKind> FamilyAndPoliticalHistoryKinds = new HashSet<Domain.Admission.DossierItemKind>
    {
        Domain.Admission.DossierItemKind.CandidateResume,
        Domain.Admission.DossierItemKind.IntroducerLetter,
        Domain.Admission.DossierItemKind.OpinionSummary,
        Domain.Admission.DossierItemKind.VerificationResults,
    };

    public static bool IsFamilyAndPoliticalHistory(Domain.Admission.DossierItemKind kind) => FamilyAndPoliticalHistoryKinds.Contains(kind);
}
