using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.Transfers;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Transfers;

/// The board or a grassroots committee records the notice (phiếu báo) of a member coming from outside into one of its
/// cells; the 3-month watch for the member's file starts from the day it was received.
public sealed class NoticeModel(PartyMembersDbContext db, TransferAccess access, UnitDirectory directory, CurrentUser currentUser, IValidator<NoticeModel.NoticeInput> validator)
    : AppPageModel
{
    [BindProperty]
    public NoticeInput Input { get; set; } = new();

    public IReadOnlyList<UnitChoice> Cells { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await PrepareAsync() is { } refused)
        {
            return refused;
        }

        Input.ReceivedOn = access.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await PrepareAsync() is { } refused)
        {
            return refused;
        }

        AddValidation(await validator.ValidateAsync(Input));
        var cell = Cells.FirstOrDefault(c => c.Id == Input.ToUnitId);
        if (cell is null)
        {
            ModelState.AddModelError("Input.ToUnitId", T["Error.Member.UnitRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var acting = (await currentUser.CoveringAsync(cell!.Path, TransferTransitions.NoticeRoles.Contains))[0];
        var notice = new IncomingNotice(Input.FullName!, Input.Sex!.Value, Input.DateOfBirth!.Value, Input.SenderOrganisation ?? string.Empty,
            Input.NoticeNumber ?? string.Empty, Input.NoticeDate!.Value, Input.ReceivedOn!.Value, cell.Id);
        var result = TransferCase.RecordNotice(notice, cell.Type, await access.DeadlinesAsync(), access.Stamp(acting));
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            return Page();
        }

        db.TransferCases.Add(result.Value!);
        db.ChangeReason = T["Transfers.Notice.Title"];
        await db.SaveChangesAsync();
        return Saved("Status.Transfer.Saved", "/Transfers/Details", new { id = result.Value!.Id });
    }

    private async Task<IActionResult?> PrepareAsync()
    {
        Cells = await UnitChoices.WithinScopeAsync(directory, currentUser, TransferTransitions.NoticeRoles.Contains, onlyUnitsHoldingMembers: true);
        if (Cells.Count == 0)
        {
            return Forbid();
        }

        ViewData["Title"] = T["Transfers.Notice.Title"];
        ViewData["Breadcrumb"] = new List<Breadcrumb> { new(T["Transfers.Title"], "/Transfers"), new(T["Transfers.Notice.Title"]) };
        return null;
    }

    public sealed class NoticeInput
    {
        public string? FullName { get; set; }

        public Sex? Sex { get; set; }

        public DateOnly? DateOfBirth { get; set; }

        public string? SenderOrganisation { get; set; }

        public string? NoticeNumber { get; set; }

        public DateOnly? NoticeDate { get; set; }

        public DateOnly? ReceivedOn { get; set; }

        public Guid? ToUnitId { get; set; }
    }

    public sealed class NoticeValidator : AbstractValidator<NoticeInput>
    {
        public NoticeValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.FullName).NotEmpty().WithMessage(_ => texts["Error.Member.FullNameRequired"]);
            RuleFor(x => x.Sex).NotNull().WithMessage(_ => texts["Error.Member.SexRequired"]).IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.DateOfBirth).NotNull().WithMessage(_ => texts["Error.Member.DateOfBirthRequired"]);
            RuleFor(x => x.NoticeDate).NotNull().WithMessage(_ => texts["Error.Transfer.DateRequired"]);
            RuleFor(x => x.ReceivedOn).NotNull().WithMessage(_ => texts["Error.Transfer.DateRequired"]);
        }
    }
}
