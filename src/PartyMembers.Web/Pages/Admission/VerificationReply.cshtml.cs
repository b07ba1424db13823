using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Admission;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Admission;

/// The cell records the reply to a verification request, its conclusion, and whether it raised a concern about the
/// person's political standard that the competent level must conclude on.
public sealed class VerificationReplyModel(AdmissionAccess access, PartyMembersDbContext db, IValidator<VerificationReplyModel.ReplyInput> validator)
    : CaseStepPageModel(access, db)
{
    [BindProperty]
    public ReplyInput Input { get; set; } = new();

    public VerificationRequest Verification { get; private set; } = null!;

    protected override IReadOnlyList<AdmissionTrigger> Triggers { get; } = [];

    protected override string TitleKey => "Admission.RecordReply";

    protected override bool AcceptsData(AdmissionCase c) => c.Stage is AdmissionStage.DossierPermitted or AdmissionStage.DossierOpen;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? request)
    {
        if (await LoadAsync(id, request, track: false) is { } refused)
        {
            return refused;
        }

        Version = Case.Version;
        Input.RepliedOn = Access.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? request)
    {
        if (await LoadAsync(id, request, track: true) is { } refused)
        {
            return refused;
        }

        AddValidation(await validator.ValidateAsync(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = Case.RecordVerificationReply(Verification.Id, Input.RepliedOn!.Value, Input.Conclusion!.Trim(), Input.ConcernsFound, Stamp());
        return await SaveOrShowAsync(result, "Audit.AdmissionDossier.Reply", "Status.Admission.Saved", () => LoadAsync(id, request, track: false));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid? request, bool track)
    {
        if (await PrepareAsync(id, track) is { } refused)
        {
            return refused;
        }

        var found = Case.Verifications.FirstOrDefault(v => v.Id == request && !v.Exempt);
        if (found is null)
        {
            return NotFound();
        }

        Verification = found;
        return null;
    }

    public sealed class ReplyInput
    {
        public DateOnly? RepliedOn { get; set; }

        public string? Conclusion { get; set; }

        public bool ConcernsFound { get; set; }
    }

    public sealed class ReplyValidator : AbstractValidator<ReplyInput>
    {
        public ReplyValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.RepliedOn).NotNull().WithMessage(_ => texts["Error.Admission.DateRequired"]);
            RuleFor(x => x.Conclusion).NotEmpty().WithMessage(_ => texts["Error.Admission.ConclusionRequired"]);
        }
    }
}
