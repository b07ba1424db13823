using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.WorkLife;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Study;

/// Records a political theory level reached, with the date and certificate; a level above the member's current one
/// becomes the current one.
public sealed class TheoryLevelModel(WorkLifeAccess access, PartyMembersDbContext db, IValidator<TheoryLevelModel.LevelInput> validator)
    : StudyPageModel(access, db)
{
    [BindProperty]
    public LevelInput Input { get; set; } = new();

    protected override string TitleKey => "WorkLife.TheoryLevel.Title";

    public async Task<IActionResult> OnGetAsync(Guid id) => await PrepareAsync(id, track: false) ?? Page();

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

        var input = new TheoryLevelInput(Input.Level!.Value, Input.AwardedOn!.Value, Input.Mode, Input.CertificateNumber, Input.Institution);
        var result = Record.RecordTheoryLevel(input, Target.Member, Access.Stamp(Acting));
        return await SaveOrShowAsync(result, Record, "WorkLife.Audit.Study", "WorkLife.Status.StudyRecorded", "/Study/Index", new { id },
            () => Reload(id), f => f == nameof(Member.PoliticalTheory) ? nameof(LevelInput.Level) : f);
    }

    public sealed class LevelInput
    {
        public PoliticalTheoryLevel? Level { get; set; }

        public DateOnly? AwardedOn { get; set; }

        public StudyMode? Mode { get; set; }

        public string? CertificateNumber { get; set; }

        public string? Institution { get; set; }
    }

    public sealed class LevelValidator : AbstractValidator<LevelInput>
    {
        public LevelValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.Level).NotNull().WithMessage(_ => texts["Error.Study.LevelRequired"])
                .IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.Mode).IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.AwardedOn).NotNull().WithMessage(_ => texts["Error.WorkLife.DateRequired"]);
            RuleFor(x => x.Institution).NotEmpty().WithMessage(_ => texts["Error.Study.Required"])
                .MaximumLength(StudyRecord.TextMaxLength).WithMessage(_ => texts["Error.Text.TooLong", StudyRecord.TextMaxLength]);
            RuleFor(x => x.CertificateNumber).MaximumLength(StudyRecord.NumberMaxLength)
                .WithMessage(_ => texts["Error.Text.TooLong", StudyRecord.NumberMaxLength]);
        }
    }
}
