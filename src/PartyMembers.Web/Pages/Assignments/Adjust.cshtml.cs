using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.WorkLife;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Assignments;

/// Changes the tasks or the follow-up during the year, with the date and the reason (HD38 §IV.2).
public sealed class AdjustModel(WorkLifeAccess access, PartyMembersDbContext db, IValidator<AdjustModel.AdjustInput> validator)
    : AssignmentPageModel(access, db)
{
    [BindProperty]
    public AdjustInput Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> FollowUps { get; private set; } = [];

    protected override string TitleKey => "WorkLife.Adjust.Title";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareAsync(id, track: false) is { } refused)
        {
            return refused;
        }

        Input = new AdjustInput { Tasks = Assignment.Tasks, FollowUpId = Assignment.FollowUpMemberId, Date = Access.Today };
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

        var name = await Access.FollowUpNameAsync(Assignment.CellId, Input.FollowUpId);
        var facts = new AssignmentFacts(Assignment.MemberId, default, Assignment.CellId, Input.FollowUpId!.Value, name is not null);
        var result = Assignment.Adjust(facts, Input.Tasks, name ?? string.Empty, Input.Date!.Value, Input.Reason, Access.Stamp(Acting));
        return await SaveOrShowAsync(result, Assignment, "WorkLife.Audit.Adjust", "WorkLife.Status.Adjusted", "/Assignments/Details",
            new { id }, () => Reload(id), f => f == nameof(WorkAssignment.FollowUpMemberId) ? nameof(AdjustInput.FollowUpId) : f);
    }

    private new async Task<IActionResult?> PrepareAsync(Guid id, bool track)
    {
        var refused = await base.PrepareAsync(id, track);
        if (refused is null)
        {
            FollowUps = await Access.FollowUpChoicesAsync(Assignment.CellId, Assignment.MemberId);
        }

        return refused;
    }

    public sealed class AdjustInput
    {
        public string? Tasks { get; set; }

        public Guid? FollowUpId { get; set; }

        public DateOnly? Date { get; set; }

        public string? Reason { get; set; }
    }

    public sealed class AdjustValidator : AbstractValidator<AdjustInput>
    {
        public AdjustValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.Tasks).NotEmpty().WithMessage(_ => texts["Error.Assignment.TasksRequired"])
                .MaximumLength(WorkAssignment.TasksMaxLength).WithMessage(_ => texts["Error.Text.TooLong", WorkAssignment.TasksMaxLength]);
            RuleFor(x => x.FollowUpId).NotNull().WithMessage(_ => texts["Error.Assignment.FollowUpNotInCell"]);
            RuleFor(x => x.Date).NotNull().WithMessage(_ => texts["Error.WorkLife.DateRequired"]);
            RuleFor(x => x.Reason).NotEmpty().WithMessage(_ => texts["Error.Assignment.ReasonRequired"])
                .MaximumLength(WorkAssignment.CommentMaxLength).WithMessage(_ => texts["Error.Text.TooLong", WorkAssignment.CommentMaxLength]);
        }
    }
}
