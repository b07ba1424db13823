using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.Privacy;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Privacy;

/// Answers a member's access request: the organisation board downloads everything held about the member as one JSON
/// file, naming the request it answers. Each export is written to the audit (who, when, which member, which request).
public sealed class ExportModel(
    MemberAccess access, CurrentUser currentUser, TimeProvider clock, MemberDataExport export, IValidator<ExportModel.ExportInput> validator)
    : PrivacyPageModel(access, currentUser, clock)
{
    [BindProperty]
    public ExportInput Input { get; set; } = new();

    protected override string TitleKey => "Privacy.Export.Title";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id, UnitOperations.ReadMembers) is { } refused)
        {
            return refused;
        }

        return CanExport ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, UnitOperations.ReadMembers) is { } refused)
        {
            return refused;
        }

        if (!CanExport)
        {
            return Forbid();
        }

        AddValidation(await validator.ValidateAsync(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var reference = Input.RequestReference!.Trim();
        var content = await export.BuildAsync(Member.Id, reference, HttpContext.RequestAborted);
        await JournalAsync(PartyMembers.Infrastructure.Auditing.AccessKind.Export, "Member", Member.Id.ToString(), Member.Id, reference);
        return File(content, "application/json", $"du-lieu-ca-nhan-{Member.Id:N}.json");
    }

    public sealed class ExportInput
    {
        /// The access request this export answers (its number and date, or how it was received).
        public string? RequestReference { get; set; }
    }

    public sealed class ExportValidator : AbstractValidator<ExportInput>
    {
        public const int ReferenceMaxLength = 200;

        public ExportValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.RequestReference).NotEmpty().WithMessage(_ => texts["Error.Privacy.RequestRequired"])
                .MaximumLength(ReferenceMaxLength).WithMessage(_ => texts["Error.Text.TooLong", ReferenceMaxLength]);
        }
    }
}
