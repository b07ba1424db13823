using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.Transfers;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Transfers;

/// The cell secretary asks for a transfer of a member of the cell (official out, internal, or temporary), with the
/// decision that causes it and the cell's comment. Only the secretary of the member's own cell may, and only for an
/// active member without another open transfer; an official transfer is refused while an inspection or complaint is open.
public sealed class RequestModel(
    PartyMembersDbContext db, TransferAccess access, UnitDirectory directory, CurrentUser currentUser, IValidator<RequestModel.RequestInput> validator)
    : AppPageModel
{
    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public Member Member { get; private set; } = null!;

    public IReadOnlyList<UnitChoice> Cells { get; private set; } = [];

    public bool HoldOpen { get; private set; }

    private ActiveAssignment _acting = null!;

    public async Task<IActionResult> OnGetAsync(Guid memberId)
    {
        if (await PrepareAsync(memberId, track: false) is { } refused)
        {
            return refused;
        }

        Input.RequestedOn = access.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid memberId)
    {
        if (await PrepareAsync(memberId, track: false) is { } refused)
        {
            return refused;
        }

        AddValidation(await validator.ValidateAsync(Input));
        if (await db.TransferCases.AnyAsync(c => c.MemberId == memberId && c.Stage != TransferStage.Completed && c.Stage != TransferStage.Returned
                && c.Stage != TransferStage.Cancelled))
        {
            ModelState.AddModelError(string.Empty, T["Error.Transfer.AlreadyOpen"]);
        }

        if (Input.ToUnitId is { } to && Cells.All(c => c.Id != to))
        {
            ModelState.AddModelError("Input.ToUnitId", T["Error.Member.UnitRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var kind = Input.Kind!.Value;
        var request = new TransferRequest
        {
            Kind = kind,
            Reason = Input.Reason!.Value,
            RequestedOn = Input.RequestedOn!.Value,
            CausingDecision = DecisionFields.ToBasis(Input.DecisionNumber, Input.DecisionDate, Input.DecisionIssuer),
            CausedOn = Input.CausedOn,
            ToUnitId = kind == TransferKind.OfficialOut ? null : Input.ToUnitId,
            Destination = kind == TransferKind.Internal ? null : Input.Destination,
            CellComment = Input.CellComment ?? string.Empty,
            LateReason = Input.LateReason,
            PeriodFrom = Input.PeriodFrom,
            PeriodTo = Input.PeriodTo,
            Study = Input.Study,
        };
        var toType = request.ToUnitId is { } target ? Cells.First(c => c.Id == target).Type : (Domain.Organisation.UnitType?)null;
        var result = TransferCase.Request(Member, request, toType, HoldOpen, await access.DeadlinesAsync(), access.Stamp(_acting));
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            return Page();
        }

        db.TransferCases.Add(result.Value!);
        db.ChangeReason = T["Transfers.Request.Title"];
        await db.SaveChangesAsync();
        return Saved("Status.Transfer.Saved", "/Transfers/Details", new { id = result.Value!.Id });
    }

    private async Task<IActionResult?> PrepareAsync(Guid memberId, bool track)
    {
        var found = await (track ? db.Members : db.Members.AsNoTracking()).FirstOrDefaultAsync(m => m.Id == memberId);
        if (found is null)
        {
            return NotFound();
        }

        var home = (await directory.FindAsync(found.HomeUnitId))!;
        var acting = (await currentUser.CoveringAsync(home.Path, TransferTransitions.RequestRoles.Contains))
            .FirstOrDefault(a => a.Role != Role.CellSecretary || a.UnitId == home.Id);
        if (acting is null)
        {
            return Forbid();
        }

        _acting = acting;
        Member = found;
        Cells = await access.CellsAsync(except: home.Id);
        HoldOpen = await access.HoldOpenAsync(memberId);
        ViewData["Title"] = T["Transfers.Request.Title"];
        ViewData["Breadcrumb"] = new List<Breadcrumb>
        {
            new(T["Transfers.Title"], "/Transfers"), new(found.FullName, $"/Members/Details/{found.Id}"), new(T["Transfers.Request.Title"]),
        };
        return null;
    }

    public sealed class RequestInput
    {
        public TransferKind? Kind { get; set; }

        public TransferReason? Reason { get; set; }

        public DateOnly? RequestedOn { get; set; }

        public string? DecisionNumber { get; set; }

        public DateOnly? DecisionDate { get; set; }

        public string? DecisionIssuer { get; set; }

        public DateOnly? CausedOn { get; set; }

        public Guid? ToUnitId { get; set; }

        public string? Destination { get; set; }

        public string? CellComment { get; set; }

        public string? LateReason { get; set; }

        public DateOnly? PeriodFrom { get; set; }

        public DateOnly? PeriodTo { get; set; }

        public bool Study { get; set; }
    }

    public sealed class RequestValidator : AbstractValidator<RequestInput>
    {
        public RequestValidator(IStringLocalizer<Texts> texts, TimeProvider clock)
        {
            RuleFor(x => x.Kind).NotNull().WithMessage(_ => texts["Error.Transfer.KindRequired"])
                .Must(k => k is null || (Enum.IsDefined(k.Value) && k != TransferKind.Incoming)).WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.Reason).NotNull().WithMessage(_ => texts["Error.Transfer.ReasonRequired"])
                .IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.RequestedOn).NotNull().WithMessage(_ => texts["Error.Transfer.DateRequired"]);
            RuleFor(x => x).Custom((input, context) =>
            {
                if (!DecisionFields.AnyGiven(input.DecisionNumber, input.DecisionDate, input.DecisionIssuer))
                {
                    return;
                }

                foreach (var error in DecisionFields.Validate(input.DecisionNumber, input.DecisionDate, input.DecisionIssuer, VietnamTime.Today(clock),
                             nameof(RequestInput.DecisionNumber), nameof(RequestInput.DecisionDate), nameof(RequestInput.DecisionIssuer)))
                {
                    context.AddFailure(error.Field, texts.Error(error));
                }
            });
        }
    }
}
