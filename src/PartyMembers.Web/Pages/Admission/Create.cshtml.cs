using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Admission;

/// A cell secretary puts an outstanding person introduced by a mass organisation or a member on the cell's register.
public sealed class CreateModel(PartyMembersDbContext db, CurrentUser currentUser, UnitDirectory directory, AdmissionAccess access,
    IValidator<CreateModel.CandidateInput> validator) : AppPageModel
{
    [BindProperty]
    public CandidateInput Input { get; set; } = new();

    public IReadOnlyList<ActiveAssignment> Cells { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Cells = await CellsAsync();
        if (Cells.Count == 0)
        {
            return Forbid();
        }

        Input.CellId = Cells.Count == 1 ? Cells[0].UnitId : null;
        Input.IntroducedOn = access.Today;
        Input.UnitHasYouthUnion = true;
        Input.UnitHasTradeUnion = true;
        ViewData["Breadcrumb"] = Crumbs();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Cells = await CellsAsync();
        if (Cells.Count == 0)
        {
            return Forbid();
        }

        ViewData["Breadcrumb"] = Crumbs();
        AddValidation(await validator.ValidateAsync(Input));
        var acting = Cells.FirstOrDefault(a => a.UnitId == Input.CellId);
        if (Input.CellId is not null && acting is null)
        {
            ModelState.AddModelError("Input.CellId", T["Error.Admission.CellNotYours"]);
        }

        if (!ModelState.IsValid || acting is null)
        {
            return Page();
        }

        var cell = (await directory.FindAsync(acting.UnitId))!;
        var created = AdmissionCase.Register(Input.ToDetails(), cell.Id, cell.Type, access.Stamp(acting));
        if (!created.Succeeded)
        {
            AddErrors(created.Errors);
            return Page();
        }

        if (await CandidateFields.PersonalIdTakenAsync(db, created.Value!.PersonalIdNumber) is { } taken)
        {
            ModelState.AddModelError("Input.PersonalIdNumber", T[taken]);
            return Page();
        }

        db.AdmissionCases.Add(created.Value);
        db.ChangeReason = T["Audit.Admission.Registered"];
        await db.SaveChangesAsync();
        return Saved("Status.Admission.Registered", "Details", new { id = created.Value.Id });
    }

    private async Task<IReadOnlyList<ActiveAssignment>> CellsAsync() =>
        (await currentUser.AssignmentsAsync()).Where(a => a.Role == Role.CellSecretary).DistinctBy(a => a.UnitId).ToList();

    private List<Breadcrumb> Crumbs() => [new(T["Admission.Title"], "/Admission"), new(T["Admission.Create"])];

    public sealed class CandidateInput : CandidateFields
    {
        public Guid? CellId { get; set; }
    }

    public sealed class CandidateValidator : CandidateRules<CandidateInput>
    {
        public CandidateValidator(IStringLocalizer<Texts> texts)
            : base(texts)
        {
            RuleFor(x => x.CellId).NotNull().WithMessage(_ => texts["Error.Admission.CellRequired"]);
        }
    }
}
