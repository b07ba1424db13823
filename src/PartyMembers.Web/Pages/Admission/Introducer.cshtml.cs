using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Admission;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Admission;

/// The cell adds an official member of the grassroots organisation as introducer, with the date from which they
/// worked with the person in the same unit; a replacement introducer is exempt from the 12-month rule (Q294 §3.2.2).
public sealed class IntroducerModel(AdmissionAccess access, PartyMembersDbContext db, IValidator<IntroducerModel.IntroducerInput> validator)
    : CaseStepPageModel(access, db)
{
    [BindProperty]
    public IntroducerInput Input { get; set; } = new();

    public IReadOnlyList<MemberChoice> Members { get; private set; } = [];

    protected override IReadOnlyList<AdmissionTrigger> Triggers { get; } = [];

    protected override string TitleKey => "Admission.AddIntroducer";

    protected override bool AcceptsData(AdmissionCase c) => c.Stage is AdmissionStage.DossierPermitted or AdmissionStage.DossierOpen;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id, track: false) is { } refused)
        {
            return refused;
        }

        Version = Case.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, track: true) is { } refused)
        {
            return refused;
        }

        AddValidation(await validator.ValidateAsync(Input));
        var facts = Input.MemberId is { } memberId && Members.Any(m => m.Id == memberId) ? await Access.FactsAsync(memberId, Cell) : null;
        if (Input.MemberId is not null && facts is null)
        {
            ModelState.AddModelError("Input.MemberId", T["Error.Admission.IntroducerNotOfficial"]);
        }

        if (!ModelState.IsValid || facts is null)
        {
            return Page();
        }

        var result = Case.AddIntroducer(facts, Input.KnownSince!.Value, Input.IsReplacement, Stamp());
        return await SaveOrShowAsync(result, "Audit.AdmissionDossier.Introducer", "Status.Admission.Saved", () => LoadAsync(id, track: false));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, bool track)
    {
        var refused = await PrepareAsync(id, track);
        if (refused is null)
        {
            Members = await Access.OfficialMembersNearAsync(Cell);
        }

        return refused;
    }

    public sealed class IntroducerInput
    {
        public Guid? MemberId { get; set; }

        public DateOnly? KnownSince { get; set; }

        public bool IsReplacement { get; set; }
    }

    public sealed class IntroducerValidator : AbstractValidator<IntroducerInput>
    {
        public IntroducerValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.MemberId).NotNull().WithMessage(_ => texts["Error.AdmissionDossier.IntroducerRequired"]);
            RuleFor(x => x.KnownSince).NotNull().WithMessage(_ => texts["Error.Admission.DateRequired"]);
        }
    }
}
