using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Admission;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Admission;

/// The cell records an attendance of the awareness course on the Party, passed or not, with its certificate
/// (HD06 §3.1). A person may attend again when the certificate has expired.
public sealed class CourseModel(AdmissionAccess access, PartyMembersDbContext db, IValidator<CourseModel.CourseForm> validator)
    : CaseStepPageModel(access, db)
{
    [BindProperty]
    public CourseForm Input { get; set; } = new();

    protected override IReadOnlyList<AdmissionTrigger> Triggers { get; } = [];

    protected override string TitleKey => "Admission.AddCourse";

    protected override bool AcceptsData(AdmissionCase c) => !c.IsRecognitionPhase;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareGetAsync(id) is { } refused)
        {
            return refused;
        }
        Input.Passed = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PreparePostAsync(id, validator, Input) is { } refused)
        {
            return refused;
        }

        var input = new CourseInput(Input.ClassName ?? string.Empty, Input.StartDate!.Value, Input.EndDate!.Value, Input.SessionsTotal!.Value,
            Input.SessionsAttended!.Value, Input.Score, Input.Passed, Input.CertificateNumber, Input.CertificateDate, Input.CertificateIssuer);
        var result = Case.RecordCourse(input, Stamp());
        return await SaveOrShowAsync(result, "Audit.AdmissionDossier.Course", "Status.Admission.Saved", () => PrepareAsync(id, track: false));
    }

    public sealed class CourseForm
    {
        public string? ClassName { get; set; }

        public DateOnly? StartDate { get; set; }

        public DateOnly? EndDate { get; set; }

        public int? SessionsTotal { get; set; }

        public int? SessionsAttended { get; set; }

        public decimal? Score { get; set; }

        public bool Passed { get; set; }

        public string? CertificateNumber { get; set; }

        public DateOnly? CertificateDate { get; set; }

        public string? CertificateIssuer { get; set; }
    }

    public sealed class CourseValidator : AbstractValidator<CourseForm>
    {
        public CourseValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.ClassName).NotEmpty().WithMessage(_ => texts["Error.Course.ClassNameRequired"]);
            RuleFor(x => x.StartDate).NotNull().WithMessage(_ => texts["Error.Admission.DateRequired"]);
            RuleFor(x => x.EndDate).NotNull().WithMessage(_ => texts["Error.Admission.DateRequired"]);
            RuleFor(x => x.SessionsTotal).NotNull().WithMessage(_ => texts["Error.Course.SessionsInvalid"]);
            RuleFor(x => x.SessionsAttended).NotNull().WithMessage(_ => texts["Error.AdmissionDossier.SessionsAttendedRequired"]);
        }
    }
}
