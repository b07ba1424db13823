using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admin;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Localization;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Admin.Pages.Units;

/// Records the dissolution of a unit on its dated decision. Units are never deleted: a dissolved unit stays in the tree
/// because members' histories refer to it. It can only be dissolved once its units and members have moved elsewhere.
public sealed class DissolveModel(PartyMembersDbContext db, IValidator<DissolveModel.DissolveInput> validator, TimeProvider clock)
    : AppPageModel
{
    /// Members still counted in the unit, or on their way out (their transfer is not complete until they arrive).
    private static readonly ActivityStatus[] BlockingStatuses = Enum.GetValues<ActivityStatus>()
        .Where(s => MemberTransitions.IsCounted(s) || s == ActivityStatus.TransferringOut).ToArray();

    [BindProperty]
    public DissolveInput Input { get; set; } = new();

    public OrganisationUnit Unit { get; private set; } = null!;

    public int ActiveChildren { get; private set; }

    /// Only a number: the administrator never sees who the members are.
    public int Members { get; private set; }

    public bool Blocked => ActiveChildren > 0 || Members > 0 || Unit.ParentId is null || Unit.IsDissolved;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
        if (unit is null)
        {
            return NotFound();
        }

        await ShowAsync(unit);
        Input.Version = unit.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id);
        if (unit is null)
        {
            return NotFound();
        }

        await ShowAsync(unit);
        if (Blocked)
        {
            // The form is not offered: say why, rather than asking for fields the page does not show.
            string[] reasons = unit.IsDissolved ? ["Error.Unit.Dissolved"]
                : unit.ParentId is null ? ["Error.Unit.CannotDissolveTop"]
                : [.. ActiveChildren > 0 ? ["Error.Unit.HasActiveChildren"] : Array.Empty<string>(), .. Members > 0 ? ["Error.Unit.HasMembers"] : Array.Empty<string>()];
            foreach (var reason in reasons)
            {
                ModelState.AddModelError(string.Empty, T[reason]);
            }

            return Page();
        }

        AddValidation(await validator.ValidateAsync(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(unit).Property(u => u.Version).OriginalValue = Input.Version;
        var decision = new LegalBasis(Input.DecisionNumber!.Trim(), Input.DecisionDate!.Value, Input.DecisionIssuer!.Trim());
        var result = unit.Dissolve(Input.DissolvedOn!.Value, decision, ActiveChildren > 0, Members > 0, VietnamTime.Today(clock));
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            return Page();
        }

        db.ChangeReason = T["Admin.Audit.UnitDissolved", decision.ToString()];
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Units.AsNoTracking().FirstAsync(u => u.Id == id);
            await ShowAsync(current);
            ModelState.Clear();
            Input = new DissolveInput { Version = current.Version };
            AddConcurrencyError();
            return Page();
        }

        return Saved("Admin.Units.Status.Dissolved", "Index");
    }

    private async Task ShowAsync(OrganisationUnit unit)
    {
        Unit = unit;
        var id = unit.Id;
        var path = unit.Path;
        ActiveChildren = await db.Units.CountAsync(u => u.ParentId == id && u.DissolvedOn == null);
        Members = await db.Members.CountAsync(m => BlockingStatuses.Contains(m.Status)
            && db.Units.Any(u => u.Id == m.HomeUnitId && u.Path.StartsWith(path)));
    }

    public sealed class DissolveInput
    {
        public Guid Version { get; set; }

        public DateOnly? DissolvedOn { get; set; }

        public string? DecisionNumber { get; set; }

        public DateOnly? DecisionDate { get; set; }

        public string? DecisionIssuer { get; set; }
    }

    public sealed class DissolveValidator : AbstractValidator<DissolveInput>
    {
        public DissolveValidator(IStringLocalizer<Texts> texts, TimeProvider clock)
        {
            RuleFor(x => x.DissolvedOn).NotNull().WithMessage(_ => texts["Admin.Error.Unit.DissolvedOnRequired"]);
            RuleFor(x => x.DissolvedOn).Plausible(texts);
            RuleFor(x => x.DecisionDate).Plausible(texts);
            RuleFor(x => x).Custom((input, context) =>
            {
                // Dissolution always rests on a decision of the competent committee (Q294 §6.3.5).
                var errors = DecisionFields.Validate(input.DecisionNumber, input.DecisionDate, input.DecisionIssuer, VietnamTime.Today(clock),
                    nameof(input.DecisionNumber), nameof(input.DecisionDate), nameof(input.DecisionIssuer));
                foreach (var error in errors)
                {
                    context.AddFailure(error.Field!, TextExtensions.Error(texts, error));
                }
            });
        }
    }
}
