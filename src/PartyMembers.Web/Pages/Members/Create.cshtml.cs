using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Members;

/// Enters a member who is already in the Party into the registry (admission of new members is its own workflow).
public sealed class CreateModel(
    PartyMembersDbContext db, UnitDirectory directory, CurrentUser currentUser, IAuthorizationService authorization, IValidator<CreateModel.CreateInput> validator,
    TimeProvider clock) : AppPageModel
{
    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public IReadOnlyList<UnitChoice> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? unit)
    {
        Units = await UnitChoices.WithinScopeAsync(directory, currentUser, RoleRules.CanEditMembers, onlyUnitsHoldingMembers: true);
        if (Units.Count == 0)
        {
            return Forbid();
        }

        Input.HomeUnitId = unit is not null && Units.Any(u => u.Id == unit) ? unit : Units.Count == 1 ? Units[0].Id : null;
        Input.BirthDateCertified = true;
        Input.PoliticalTheory = PoliticalTheoryLevel.None;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Units = await UnitChoices.WithinScopeAsync(directory, currentUser, RoleRules.CanEditMembers, onlyUnitsHoldingMembers: true);
        if (Units.Count == 0)
        {
            return Forbid();
        }

        var unit = Input.HomeUnitId is { } unitId ? await directory.FindAsync(unitId) : null;
        if (unit is not null && !(await authorization.AuthorizeAsync(User, new UnitScoped(unit.Path), UnitOperations.EditMembers)).Succeeded)
        {
            return Forbid();
        }

        AddValidation(await validator.ValidateAsync(Input));
        if (Input.HomeUnitId is not null && unit is null)
        {
            ModelState.AddModelError("Input.HomeUnitId", T["Error.Unit.NotFound"]);
        }

        if (!ModelState.IsValid || unit is null)
        {
            return Page();
        }

        var covering = await currentUser.CoveringAsync(unit.Path, RoleRules.CanEditMembers);
        var stamp = new ChangeStamp(currentUser.UserId, currentUser.UserName, covering[0].Role, clock.GetUtcNow().UtcDateTime, VietnamTime.Today(clock));
        var result = Member.Register(Input.ToDetails(), Input.ToRecord(), unit.Id, unit.Type, stamp);
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            return Page();
        }

        db.Members.Add(result.Value!);
        Features.Privacy.LawfulBasisDefaults.AddFor(db, HttpContext.RequestServices, result.Value!, Features.Privacy.LawfulBasisDefaults.Entry.Registered, stamp);
        db.ChangeReason = T["Audit.MemberRegistered"];
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Someone registered the same identifier between our check and our save: the unique index refused it.
            ModelState.AddModelError(string.Empty, T["Error.Member.DuplicateOnSave"]);
            return Page();
        }

        return Saved("Status.MemberRegistered", "Details", new { id = result.Value!.Id });
    }

    public sealed class CreateInput : MemberDetailsInput
    {
        public Guid? HomeUnitId { get; set; }

        public MembershipType? Type { get; set; }

        public DateOnly? AdmissionDecisionDate { get; set; }

        public string? AdmissionDecisionNumber { get; set; }

        public string? AdmissionDecisionIssuer { get; set; }

        public DateOnly? CeremonyDate { get; set; }

        public DateOnly? OfficialDate { get; set; }

        public DateOnly? JoinedOrganisationOn { get; set; }

        public bool BirthDateCertified { get; set; }

        public MembershipRecord ToRecord() => new()
        {
            Type = Type ?? MembershipType.Official,
            AdmissionDecisionDate = AdmissionDecisionDate ?? default,
            AdmissionDecision = string.IsNullOrWhiteSpace(AdmissionDecisionNumber) || AdmissionDecisionDate is null
                ? null
                : new LegalBasis(AdmissionDecisionNumber.Trim(), AdmissionDecisionDate.Value, AdmissionDecisionIssuer?.Trim() ?? string.Empty),
            CeremonyDate = CeremonyDate ?? default,
            OfficialDate = OfficialDate,
            JoinedOrganisationOn = JoinedOrganisationOn,
            BirthDateCertified = BirthDateCertified,
        };
    }

    public sealed class CreateValidator : MemberDetailsValidator<CreateInput>
    {
        public CreateValidator(IStringLocalizer<Texts> texts, TimeProvider clock, PartyMembersDbContext db)
            : base(texts, clock, db, _ => null)
        {
            RuleFor(x => x.HomeUnitId).NotNull().WithMessage(_ => texts["Error.Member.UnitRequired"]);
            RuleFor(x => x.Type).NotNull().WithMessage(_ => texts["Error.Member.TypeRequired"])
                .IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.AdmissionDecisionDate).NotNull().WithMessage(_ => texts["Error.Member.AdmissionDecisionDateRequired"]);
            RuleFor(x => x.CeremonyDate).NotNull().WithMessage(_ => texts["Error.Member.CeremonyDateRequired"]);
            RuleFor(x => x.AdmissionDecisionNumber).MaximumLength(LegalBasis.NumberMaxLength)
                .WithMessage(_ => texts["Error.Text.TooLong", LegalBasis.NumberMaxLength]);
            RuleFor(x => x.AdmissionDecisionIssuer).MaximumLength(LegalBasis.IssuerMaxLength)
                .WithMessage(_ => texts["Error.Text.TooLong", LegalBasis.IssuerMaxLength]);
            RuleFor(x => x.AdmissionDecisionIssuer).NotEmpty().When(x => !string.IsNullOrWhiteSpace(x.AdmissionDecisionNumber))
                .WithMessage(_ => texts["Error.LegalBasis.IssuerRequired"]);
            RuleFor(x => x).Custom((input, context) =>
            {
                if (input.DateOfBirth is null || input.AdmissionDecisionDate is null || input.CeremonyDate is null || input.Type is null
                    || !Enum.IsDefined(input.Type.Value))
                {
                    return;
                }

                foreach (var error in input.ToRecord().Validate(input.DateOfBirth.Value, VietnamTime.Today(clock)))
                {
                    context.AddFailure(error.Field ?? string.Empty, Infrastructure.TextExtensions.Error(texts, error));
                }
            });
        }
    }
}
