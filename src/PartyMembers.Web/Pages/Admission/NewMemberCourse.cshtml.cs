using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Admission;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admission;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Admission;

/// The cell records the certificate of the new-member political theory course during the probation (HD06 §4.1).
public sealed class NewMemberCourseModel(AdmissionAccess access, PartyMembersDbContext db, IValidator<NewMemberCourseModel.NewMemberCourseInput> validator)
    : CaseStepPageModel(access, db)
{
    [BindProperty]
    public NewMemberCourseInput Input { get; set; } = new();

    protected override IReadOnlyList<AdmissionTrigger> Triggers { get; } = [];

    protected override bool AcceptsData(AdmissionCase c) => c.Stage == AdmissionStage.Probation;

    protected override string TitleKey => "Admission.RecordNewMemberCourse";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareGetAsync(id) is { } refused)
        {
            return refused;
        }
        Input.CertificateNumber = Case.NewMemberCourseCertificate;
        Input.CertificateDate = Case.NewMemberCourseDate;
        Input.CertificateIssuer = Case.NewMemberCourseIssuer;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PreparePostAsync(id, validator, Input) is { } refused)
        {
            return refused;
        }

        var result = Case.RecordNewMemberCourse(Input.CertificateNumber ?? string.Empty, Input.CertificateDate!.Value, Input.CertificateIssuer ?? string.Empty, Stamp());
        return await SaveOrShowAsync(result, "Audit.AdmissionDecision.NewMemberCourse", "Status.Admission.Saved", () => PrepareAsync(id, track: false));
    }

    public sealed class NewMemberCourseInput
    {
        public string? CertificateNumber { get; set; }

        public DateOnly? CertificateDate { get; set; }

        public string? CertificateIssuer { get; set; }
    }

    public sealed class NewMemberCourseValidator : AbstractValidator<NewMemberCourseInput>
    {
        public NewMemberCourseValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.CertificateNumber).NotEmpty().WithMessage(_ => texts["Error.Course.CertificateNumberRequired"]);
            RuleFor(x => x.CertificateDate).NotNull().WithMessage(_ => texts["Error.Course.CertificateDateRequired"]);
            RuleFor(x => x.CertificateIssuer).NotEmpty().WithMessage(_ => texts["Error.Course.CertificateIssuerRequired"]);
        }
    }
}
