using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.WorkLife;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Exemptions;

/// The cell secretary of the member's home cell records an application for exemption from work and party activity,
/// with the reason and the period (HD38 §IV.1).
public sealed class ApplyModel(WorkLifeAccess access, PartyMembersDbContext db, IValidator<ApplyModel.ApplyInput> validator)
    : WorkLifePageModel(db)
{
    [BindProperty]
    public ApplyInput Input { get; set; } = new();

    public WorkMember Target { get; private set; } = null!;

    public ActiveAssignment Acting { get; private set; } = null!;

    public int OtherReasonMaxMonths { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareAsync(id, track: false) is { } refused)
        {
            return refused;
        }

        Input.AppliedOn = access.Today;
        Input.PeriodFrom = access.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PrepareAsync(id, track: true) is { } refused)
        {
            return refused;
        }

        AddValidation(await validator.ValidateAsync(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var open = await Db.ExemptionCases.AnyAsync(c => c.MemberId == id
            && (c.State == ExemptionState.Applied || c.State == ExemptionState.CellResolved || c.State == ExemptionState.Decided));
        var application = new ExemptionApplication(Input.AppliedOn!.Value, Input.Reason!.Value, Input.Details, Input.PeriodFrom!.Value, Input.PeriodTo);
        var result = ExemptionCase.Apply(Target.Member, Target.Home.Id, application, open, await access.RulesAsync(), access.Stamp(Acting));
        if (result.Value is { } created)
        {
            Db.ExemptionCases.Add(created);
            return await SaveOrShowAsync(Domain.Common.Result.Success(), created, "WorkLife.Audit.Apply", "WorkLife.Status.Applied",
                "/Exemptions/Details", new { id = created.Id }, () => PrepareAsync(id, track: false));
        }

        AddErrors(result.Errors);
        return Page();
    }

    private async Task<IActionResult?> PrepareAsync(Guid id, bool track)
    {
        var (found, target) = await access.LoadMemberAsync(id, track);
        if (found != Features.Members.Access.Granted)
        {
            return Refuse(found);
        }

        Target = target!;
        if (await access.CellSecretaryOfAsync(Target.Home.Id) is not { } acting || Target.Member.Status != ActivityStatus.Active)
        {
            return Forbid();
        }

        Acting = acting;
        OtherReasonMaxMonths = (await access.RulesAsync()).GetInteger(Domain.Rules.RuleKeys.ExemptionOtherReasonMaxMonthsExclusive, access.Today);
        ViewData["Title"] = T["WorkLife.Apply.Title"];
        ViewData["Breadcrumb"] = new List<Breadcrumb>
        {
            new(T["WorkLife.Exemptions.Title"], "/Exemptions"), new(Target.Member.FullName, $"/Members/Details/{id}"), new(T["WorkLife.Apply.Title"]),
        };
        return null;
    }

    public sealed class ApplyInput
    {
        public DateOnly? AppliedOn { get; set; }

        public ExemptionReason? Reason { get; set; }

        public string? Details { get; set; }

        public DateOnly? PeriodFrom { get; set; }

        public DateOnly? PeriodTo { get; set; }
    }

    public sealed class ApplyValidator : AbstractValidator<ApplyInput>
    {
        public ApplyValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.AppliedOn).NotNull().WithMessage(_ => texts["Error.WorkLife.DateRequired"]);
            RuleFor(x => x.Reason).NotNull().WithMessage(_ => texts["Error.Exemption.ReasonKindRequired"])
                .IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.PeriodFrom).NotNull().WithMessage(_ => texts["Error.WorkLife.DateRequired"]);
            RuleFor(x => x.Details).MaximumLength(ExemptionCase.TextMaxLength).WithMessage(_ => texts["Error.Text.TooLong", ExemptionCase.TextMaxLength]);
        }
    }
}
