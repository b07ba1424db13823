using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.WorkLife;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Assignments;

/// The cell secretary of the cell where the member works gives the year's work by the cell's resolution and names the
/// member who follows it up. The resolution of the cell's last assignment this year is filled in, so that a whole cell
/// is assigned quickly from one resolution.
public sealed class AssignModel(WorkLifeAccess access, PartyMembersDbContext db, IValidator<AssignModel.AssignInput> validator)
    : WorkLifePageModel(db)
{
    [BindProperty]
    public AssignInput Input { get; set; } = new();

    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    public WorkMember Target { get; private set; } = null!;

    public ActiveAssignment Acting { get; private set; } = null!;

    public IReadOnlyList<(Guid Id, string Name)> FollowUps { get; private set; } = [];

    public int ShownYear { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareAsync(id) is { } refused)
        {
            return refused;
        }

        var last = await Db.WorkAssignments.AsNoTracking().Where(a => a.CellId == Target.Work.Id && a.Year == ShownYear)
            .OrderByDescending(a => a.Resolution.DocumentDate).Select(a => a.Resolution).FirstOrDefaultAsync();
        Input.ResolutionNumber = last?.DocumentNumber;
        Input.ResolutionDate = last?.DocumentDate;
        Input.ResolutionIssuer = last?.Issuer ?? Target.Work.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PrepareAsync(id) is { } refused)
        {
            return refused;
        }

        AddValidation(await validator.ValidateAsync(Input));
        var followUpName = await access.FollowUpNameAsync(Target.Work.Id, Input.FollowUpId);
        if (await Db.WorkAssignments.AnyAsync(a => a.MemberId == id && a.Year == ShownYear))
        {
            ModelState.AddModelError(string.Empty, T["Error.Assignment.AlreadyExists", ShownYear]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var facts = new AssignmentFacts(id, Target.Member.Status, Target.Work.Id, Input.FollowUpId!.Value, followUpName is not null);
        var basis = new LegalBasis(Input.ResolutionNumber!.Trim(), Input.ResolutionDate!.Value, Input.ResolutionIssuer!.Trim());
        var result = WorkAssignment.Assign(facts, Target.Work.Id, ShownYear, basis, Input.Tasks, followUpName ?? string.Empty, access.Stamp(Acting));
        if (result.Value is { } created)
        {
            Db.WorkAssignments.Add(created);
        }

        return await SaveOrShowAsync(result.Succeeded ? Result.Success() : Result.Fail(result.Errors), result.Value,
            "WorkLife.Audit.Assign", "WorkLife.Status.Assigned", "/Assignments/Index", new { unit = Target.Work.Id, year = ShownYear },
            () => Task.CompletedTask, f => f switch
            {
                "ResolutionDocumentNumber" => "ResolutionNumber",
                "ResolutionDocumentDate" => "ResolutionDate",
                "ResolutionIssuer" => "ResolutionIssuer",
                nameof(WorkAssignment.FollowUpMemberId) => nameof(AssignInput.FollowUpId),
                nameof(WorkAssignment.Year) => null,
                _ => f,
            });
    }

    private async Task<IActionResult?> PrepareAsync(Guid id)
    {
        var (found, target) = await access.LoadMemberAsync(id);
        if (found != Features.Members.Access.Granted)
        {
            return Refuse(found);
        }

        Target = target!;
        ShownYear = Year ?? access.Today.Year;
        if (await access.CellSecretaryOfAsync(Target.Work.Id) is not { } acting || !WorkAssignment.IsAssignable(Target.Member.Status))
        {
            return Forbid();
        }

        Acting = acting;
        FollowUps = await access.FollowUpChoicesAsync(Target.Work.Id, id);
        ViewData["Title"] = T["WorkLife.Assign.Title"];
        ViewData["Breadcrumb"] = new List<Breadcrumb>
        {
            new(T["WorkLife.Assignments.Title"], $"/Assignments?unit={Target.Work.Id}&year={ShownYear}"), new(Target.Member.FullName),
        };
        return null;
    }

    public sealed class AssignInput
    {
        public string? ResolutionNumber { get; set; }

        public DateOnly? ResolutionDate { get; set; }

        public string? ResolutionIssuer { get; set; }

        public string? Tasks { get; set; }

        public Guid? FollowUpId { get; set; }
    }

    public sealed class AssignValidator : AbstractValidator<AssignInput>
    {
        public AssignValidator(IStringLocalizer<Texts> texts, TimeProvider clock)
        {
            RuleFor(x => x.Tasks).NotEmpty().WithMessage(_ => texts["Error.Assignment.TasksRequired"])
                .MaximumLength(WorkAssignment.TasksMaxLength).WithMessage(_ => texts["Error.Text.TooLong", WorkAssignment.TasksMaxLength]);
            RuleFor(x => x.FollowUpId).NotNull().WithMessage(_ => texts["Error.Assignment.FollowUpNotInCell"]);
            RuleFor(x => x).Custom((input, context) =>
            {
                foreach (var error in DecisionFields.Validate(input.ResolutionNumber, input.ResolutionDate, input.ResolutionIssuer,
                             VietnamTime.Today(clock), nameof(AssignInput.ResolutionNumber), nameof(AssignInput.ResolutionDate), nameof(AssignInput.ResolutionIssuer)))
                {
                    context.AddFailure(error.Field, texts.Error(error));
                }
            });
        }
    }
}
