using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.WorkLife;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Study;

/// Records a course or training the member attended; the new-member course only when the admission case has none
/// (members admitted before the system).
public sealed class CourseModel(WorkLifeAccess access, PartyMembersDbContext db, IValidator<CourseModel.CourseInput> validator)
    : StudyPageModel(access, db)
{
    [BindProperty]
    public CourseInput Input { get; set; } = new();

    protected override string TitleKey => "WorkLife.Course.Title";

    public async Task<IActionResult> OnGetAsync(Guid id, CourseKind? kind)
    {
        if (await PrepareAsync(id, track: false) is { } refused)
        {
            return refused;
        }

        Input.Kind = kind is { } k && Enum.IsDefined(k) ? k : null;
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

        var inCase = await Db.AdmissionCases.AnyAsync(c => c.MemberId == id && c.NewMemberCourseDate != null);
        var input = new StudyCourseInput(Input.Kind!.Value, Input.Name, Input.From!.Value, Input.To, Input.Institution, Input.Result, Input.CertificateNumber);
        var result = Record.RecordCourse(input, Target.Member, inCase, Access.Stamp(Acting));
        return await SaveOrShowAsync(result, Record, "WorkLife.Audit.Study", "WorkLife.Status.StudyRecorded", "/Study/Index", new { id },
            () => Reload(id));
    }

    public sealed class CourseInput
    {
        public CourseKind? Kind { get; set; }

        public string? Name { get; set; }

        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }

        public string? Institution { get; set; }

        public string? Result { get; set; }

        public string? CertificateNumber { get; set; }
    }

    public sealed class CourseValidator : AbstractValidator<CourseInput>
    {
        public CourseValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.Kind).NotNull().WithMessage(_ => texts["Error.Study.KindRequired"]).IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.From).NotNull().WithMessage(_ => texts["Error.WorkLife.DateRequired"]);
            foreach (var (rule, required) in new[] { (RuleFor(x => x.Name), true), (RuleFor(x => x.Institution), true), (RuleFor(x => x.Result), false) })
            {
                if (required)
                {
                    rule.NotEmpty().WithMessage(_ => texts["Error.Study.Required"]);
                }

                rule.MaximumLength(StudyRecord.TextMaxLength).WithMessage(_ => texts["Error.Text.TooLong", StudyRecord.TextMaxLength]);
            }

            RuleFor(x => x.CertificateNumber).MaximumLength(StudyRecord.NumberMaxLength)
                .WithMessage(_ => texts["Error.Text.TooLong", StudyRecord.NumberMaxLength]);
        }
    }
}
