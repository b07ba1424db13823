using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admission;

namespace PartyMembers.Web.Pages.Admission;

/// The cell secretary records the provincial-level approval to admit a person over 60 (Q294 §1.1.2): its number, date
/// and issuer. Without it the cell's vote is refused for a person older than the rule allows.
public sealed class Over60Model(AdmissionAccess access, PartyMembersDbContext db, IValidator<PermitModel.PermitInput> validator)
    : CaseStepPageModel(access, db)
{
    [BindProperty]
    public PermitModel.PermitInput Input { get; set; } = new();

    /// The person's age today in full months.
    public int AgeMonths => AdmissionEligibility.AgeInMonths(Case.DateOfBirth, Access.Today);

    /// The oldest age, in months, admitted without the approval.
    public int MaxAgeMonths { get; private set; }

    protected override IReadOnlyList<AdmissionTrigger> Triggers { get; } = [];

    protected override string TitleKey => "AdmissionEdit.Over60.Title";

    protected override bool AcceptsData(AdmissionCase c) => !c.IsRecognitionPhase;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        MaxAgeMonths = await MaxAgeAsync();
        if (await PrepareGetAsync(id) is { } refused)
        {
            return refused;
        }
        Input.BasisNumber = Case.Over60Approval?.DocumentNumber;
        Input.BasisDate = Case.Over60Approval?.DocumentDate;
        Input.BasisIssuer = Case.Over60Approval?.Issuer;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        MaxAgeMonths = await MaxAgeAsync();
        if (await PreparePostAsync(id, validator, Input) is { } refused)
        {
            return refused;
        }

        var approval = new LegalBasis(Input.BasisNumber!.Trim(), Input.BasisDate!.Value, Input.BasisIssuer!.Trim());
        var result = Case.RecordOver60Approval(approval, Stamp());
        return await SaveOrShowAsync(result, "Audit.AdmissionEdit.Over60", "Status.Admission.Saved", () => PrepareAsync(id, track: false));
    }

    private async Task<int> MaxAgeAsync() =>
        (await Access.DeadlinesAsync()).Rules.GetInteger(RuleKeys.AdmissionMaxAgeMonths, Access.Today);
}
