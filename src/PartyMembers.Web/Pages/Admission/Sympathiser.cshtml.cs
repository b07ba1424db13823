using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Admission;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Admission;

/// The cell recognises the person as a sympathiser (cảm tình Đảng) by resolution, assigns an official member to help
/// and gives test tasks (HD38 §I.1.1, §I.1.3).
public sealed class SympathiserModel(AdmissionAccess access, PartyMembersDbContext db, IValidator<SympathiserModel.SympathiserInput> validator)
    : CaseStepPageModel(access, db)
{
    [BindProperty]
    public SympathiserInput Input { get; set; } = new();

    public IReadOnlyList<MemberChoice> Members { get; private set; } = [];

    protected override IReadOnlyList<AdmissionTrigger> Triggers { get; } = [AdmissionTrigger.RecogniseSympathiser];

    protected override string TitleKey => "Enum.AdmissionTrigger.RecogniseSympathiser";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id, track: false) is { } refused)
        {
            return refused;
        }

        Version = Case.Version;
        Input.ResolutionDate = Access.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, track: true) is { } refused)
        {
            return refused;
        }

        AddValidation(await validator.ValidateAsync(Input));
        var helper = Input.HelperMemberId is { } helperId && Members.Any(m => m.Id == helperId) ? await Access.FactsAsync(helperId, Cell) : null;
        if (Input.HelperMemberId is not null && helper is null)
        {
            ModelState.AddModelError("Input.HelperMemberId", T["Error.Admission.HelperNotOfficial"]);
        }

        if (!ModelState.IsValid || helper is null)
        {
            return Page();
        }

        var result = Case.RecogniseSympathiser(Input.ResolutionDate!.Value, Input.ResolutionNumber, helper, Input.TestTasks, Chain, Stamp());
        return await SaveOrShowAsync(result, "Audit.Admission.Sympathiser", "Status.Admission.Saved", () => LoadAsync(id, track: false));
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

    public sealed class SympathiserInput
    {
        public DateOnly? ResolutionDate { get; set; }

        public string? ResolutionNumber { get; set; }

        public Guid? HelperMemberId { get; set; }

        public string? TestTasks { get; set; }
    }

    public sealed class SympathiserValidator : AbstractValidator<SympathiserInput>
    {
        public SympathiserValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.ResolutionDate).NotNull().WithMessage(_ => texts["Error.Admission.DateRequired"]);
            RuleFor(x => x.ResolutionNumber).NotEmpty().WithMessage(_ => texts["Error.Admission.ResolutionNumberRequired"]);
            RuleFor(x => x.HelperMemberId).NotNull().WithMessage(_ => texts["Error.Admission.HelperRequired"]);
            RuleFor(x => x.TestTasks).NotEmpty().WithMessage(_ => texts["Error.Admission.TestTasksRequired"]);
        }
    }
}
