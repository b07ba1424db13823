using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.Rules;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Members;

/// Records a dated change of a member's membership (recognition, move to another cell, exemption, suspension, death,
/// leaving...) with the decision it rests on. Only the changes the status table allows from the current status, for
/// the roles the user holds over the member's unit, are offered and accepted.
public sealed class ChangeStatusModel(
    MemberAccess access, PartyMembersDbContext db, UnitDirectory directory, CurrentUser currentUser, RuleBookProvider rules,
    IValidator<ChangeStatusModel.StatusInput> validator, TimeProvider clock) : AppPageModel
{
    /// Changes recorded through their own workflow, which keeps the application and the deciding body: exemption
    /// from work and activity and the return from it (/Exemptions).
    public static readonly IReadOnlySet<MemberEventKind> RecordedElsewhere = new HashSet<MemberEventKind>
    {
        MemberEventKind.Exempted, MemberEventKind.ExemptionEnded,
    };

    [BindProperty]
    public StatusInput Input { get; set; } = new();

    public Member Member { get; private set; } = null!;

    public IReadOnlyList<MemberTransition> Available { get; private set; } = [];

    public IReadOnlyList<UnitChoice> TargetUnits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var prepared = await PrepareAsync(id, track: false);
        if (prepared is not null)
        {
            return prepared;
        }

        Input.Version = Member.Version;
        Input.EffectiveDate = VietnamTime.Today(clock);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var prepared = await PrepareAsync(id, track: true, Input.Version);
        if (prepared is not null)
        {
            return prepared;
        }

        if (Input.Version != Member.Version)
        {
            // Someone else recorded a change after this form was shown: show the record as it is now.
            Input.Version = Member.Version;
            AddConcurrencyError();
            return Page();
        }

        AddValidation(await validator.ValidateAsync(Input));
        var transition = Available.FirstOrDefault(t => t.Event == Input.Event);
        if (Input.Event is not null && transition is null)
        {
            ModelState.AddModelError("Input.Event", T["Error.Status.NotAvailable"]);
        }

        if (transition is { Event: MemberEventKind.InternalTransfer } && TargetUnits.All(u => u.Id != Input.TargetUnitId))
        {
            ModelState.AddModelError("Input.TargetUnitId", T["Error.Status.TargetUnitRequired"]);
        }

        if (transition is { Event: MemberEventKind.Left } && Input.ExitForm is null)
        {
            ModelState.AddModelError("Input.ExitForm", T["Error.Status.ExitFormRequired"]);
        }

        if (!ModelState.IsValid || transition is null)
        {
            return Page();
        }

        var unitPath = (await directory.FindAsync(Member.HomeUnitId))!.Path;
        var acting = (await currentUser.CoveringAsync(unitPath, r => transition.Roles.Contains(r)))[0];
        var stamp = new ChangeStamp(currentUser.UserId, currentUser.UserName, acting.Role, clock.GetUtcNow().UtcDateTime, VietnamTime.Today(clock));
        var basis = DecisionFields.ToBasis(Input.BasisNumber, Input.BasisDate, Input.BasisIssuer);
        var change = new StatusChange(Input.EffectiveDate!.Value, basis, Input.Reason);

        db.Entry(Member).Property(m => m.Version).OriginalValue = Input.Version;
        var result = await ApplyAsync(transition.Event, change, stamp);
        if (!result.Succeeded)
        {
            AddErrors(result.Errors.Select(e => e with { Field = MapField(e.Field) }));
            return Page();
        }

        db.ChangeReason = Input.Reason?.Trim() ?? T.EnumValue(transition.Event);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Someone else recorded a change first: the version no longer matches, or (when both saved at the same
            // moment) the history line numbered after the same last event clashes with theirs.
            db.ChangeTracker.Clear();
            await PrepareAsync(id, track: false);
            Input.Version = Member.Version;
            AddConcurrencyError();
            return Page();
        }

        return Saved("Status.StatusChanged", "Details", new { id });
    }

    private async Task<Result> ApplyAsync(MemberEventKind kind, StatusChange change, ChangeStamp stamp)
    {
        switch (kind)
        {
            case MemberEventKind.Recognised:
                var book = await rules.RulesAsync();
                var months = book.Find(RuleKeys.ProbationMonths, Member.CeremonyDate) ?? book.Get(RuleKeys.ProbationMonths, stamp.Today);
                return change.Basis is null ? Result.Fail("Member.BasisRequired", nameof(StatusChange.Basis))
                    : Member.Recognise(change.Basis, months.AsInteger(), stamp, change.Reason);
            case MemberEventKind.InternalTransfer:
                var target = TargetUnits.First(u => u.Id == Input.TargetUnitId);
                return Member.MoveToUnit(target.Id, target.Type, change, stamp);
            case MemberEventKind.TemporaryTransferEnded: return Member.EndTemporaryTransfer(change, stamp);
            case MemberEventKind.TemporarilyExempted: return Member.ExemptTemporarily(change, stamp);
            case MemberEventKind.TemporaryExemptionEnded: return Member.EndTemporaryExemption(change, stamp);
            case MemberEventKind.Suspended: return Member.Suspend(change, stamp);
            case MemberEventKind.SuspensionLifted: return Member.LiftSuspension(change, stamp);
            case MemberEventKind.TransferOutCancelled: return Member.CancelTransferOut(change, stamp);
            case MemberEventKind.TransferredOut: return Member.CompleteTransferOut(change, stamp);
            case MemberEventKind.Left: return Member.Leave(Input.ExitForm!.Value, change, stamp);
            case MemberEventKind.Died: return Member.Die(change, stamp);
            case MemberEventKind.Reinstated: return Member.Reinstate(change, stamp);
            default: return Result.Fail("Status.NotAvailable");
        }
    }

    private static string? MapField(string? field) => field switch
    {
        nameof(StatusChange.Basis) => nameof(StatusInput.BasisNumber),
        nameof(LegalBasis.DocumentDate) => nameof(StatusInput.BasisDate),
        nameof(Member.HomeUnitId) => nameof(StatusInput.TargetUnitId),
        _ => field,
    };

    /// <paramref name="postedVersion"/>: the version the posted form was shown with. When the record has changed since
    /// (someone else recorded a change first), the page says so even if nothing is left for this user to record.
    private async Task<IActionResult?> PrepareAsync(Guid id, bool track, Guid? postedVersion = null)
    {
        var loaded = await access.LoadAsync(id, UnitOperations.ReadMembers, track);
        if (loaded.Access != Access.Granted)
        {
            return loaded.Access == Access.NotFound ? NotFound() : Forbid();
        }

        Member = loaded.Member!;
        var covering = await currentUser.CoveringAsync(loaded.Unit!.Path, _ => true);
        var openCase = await Features.Transfers.TransferEvents.OpenCaseAsync(db, Member.Id);
        Available = covering.SelectMany(a => Member.AvailableTransitions(a.Role))
            .Where(t => !RecordedElsewhere.Contains(t.Event) && !Features.Transfers.TransferEvents.RecordedByTransfers(t.Event, openCase))
            .DistinctBy(t => t.Event).ToList();
        if (Available.Count == 0 && (postedVersion is null || postedVersion == Guid.Empty || postedVersion == Member.Version))
        {
            return Forbid();
        }

        // A move stays inside what the moving assignment covers.
        var movers = covering.Where(a => MemberTransitions.Find(Member.Status, MemberEventKind.InternalTransfer)?.Roles.Contains(a.Role) == true).ToList();
        if (movers.Count > 0)
        {
            var choices = await UnitChoices.WithinScopeAsync(directory, currentUser, r => movers.Any(m => m.Role == r), onlyUnitsHoldingMembers: true);
            TargetUnits = choices.Where(u => u.Id != Member.HomeUnitId && movers.Any(m => u.Path.StartsWith(m.UnitPath, StringComparison.Ordinal))).ToList();
        }

        var ancestry = await access.AncestryAsync(loaded.Unit);
        ViewData["Breadcrumb"] = ancestry.Select(u => new Breadcrumb(u.Name))
            .Append(new Breadcrumb(Member.FullName, $"/Members/Details/{Member.Id}"))
            .Append(new Breadcrumb(T["Members.ChangeStatus"])).ToList();
        return null;
    }

    public sealed class StatusInput
    {
        public MemberEventKind? Event { get; set; }

        public DateOnly? EffectiveDate { get; set; }

        public string? BasisNumber { get; set; }

        public DateOnly? BasisDate { get; set; }

        public string? BasisIssuer { get; set; }

        public string? Reason { get; set; }

        public ExitForm? ExitForm { get; set; }

        public Guid? TargetUnitId { get; set; }

        public Guid Version { get; set; }
    }

    public sealed class StatusValidator : AbstractValidator<StatusInput>
    {
        public StatusValidator(IStringLocalizer<Texts> texts, TimeProvider clock)
        {
            RuleFor(x => x.Event).NotNull().WithMessage(_ => texts["Error.Status.EventRequired"])
                .IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.EffectiveDate).NotNull().WithMessage(_ => texts["Error.Status.EffectiveDateRequired"]);
            RuleFor(x => x.ExitForm).IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.Reason).MaximumLength(StatusChange.ReasonMaxLength)
                .WithMessage(_ => texts["Error.Text.TooLong", StatusChange.ReasonMaxLength]);
            RuleFor(x => x).Custom((input, context) =>
            {
                if (!DecisionFields.AnyGiven(input.BasisNumber, input.BasisDate, input.BasisIssuer))
                {
                    return;
                }

                var errors = DecisionFields.Validate(input.BasisNumber, input.BasisDate, input.BasisIssuer, VietnamTime.Today(clock),
                    nameof(StatusInput.BasisNumber), nameof(StatusInput.BasisDate), nameof(StatusInput.BasisIssuer));
                foreach (var error in errors)
                {
                    context.AddFailure(error.Field, texts.Error(error));
                }
            });
        }
    }
}
