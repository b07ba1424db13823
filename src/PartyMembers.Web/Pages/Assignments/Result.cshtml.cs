using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.WorkLife;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Assignments;

/// Records at year end how the member carried out the assignment: the basis of the yearly rating (HD38 §IV.2).
public sealed class ResultModel(WorkLifeAccess access, PartyMembersDbContext db, IValidator<ResultModel.ResultInput> validator)
    : AssignmentPageModel(access, db)
{
    [BindProperty]
    public ResultInput Input { get; set; } = new();

    protected override string TitleKey => "WorkLife.Result.Title";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareAsync(id, track: false) is { } refused)
        {
            return refused;
        }

        Input = new ResultInput { Outcome = Assignment.Outcome, Comment = Assignment.OutcomeComment, Date = Access.Today };
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

        var result = Assignment.RecordResult(Input.Outcome, Input.Comment, Input.Date!.Value, Access.Stamp(Acting));
        return await SaveOrShowAsync(result, Assignment, "WorkLife.Audit.Result", "WorkLife.Status.ResultRecorded", "/Assignments/Details",
            new { id }, () => Reload(id), f => f switch
            {
                nameof(WorkAssignment.OutcomeRecordedOn) => nameof(ResultInput.Date),
                nameof(WorkAssignment.OutcomeComment) => nameof(ResultInput.Comment),
                nameof(WorkAssignment.Outcome) => nameof(ResultInput.Outcome),
                _ => f,
            });
    }

    public sealed class ResultInput
    {
        public AssignmentOutcome? Outcome { get; set; }

        public string? Comment { get; set; }

        public DateOnly? Date { get; set; }
    }

    public sealed class ResultValidator : AbstractValidator<ResultInput>
    {
        public ResultValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.Outcome).NotNull().WithMessage(_ => texts["Error.Assignment.OutcomeRequired"])
                .IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.Date).NotNull().WithMessage(_ => texts["Error.WorkLife.DateRequired"]);
            RuleFor(x => x.Comment).MaximumLength(WorkAssignment.CommentMaxLength)
                .WithMessage(_ => texts["Error.Text.TooLong", WorkAssignment.CommentMaxLength]);
        }
    }
}
