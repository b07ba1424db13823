using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Privacy;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.Privacy;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Privacy;

/// Records a new lawful basis for a member (e.g. the member's written consent, or a corrected piece of evidence). The
/// earlier records stay as history; the latest in force is the member's basis.
public sealed class RecordModel(
    MemberAccess access, CurrentUser currentUser, TimeProvider clock, PartyMembersDbContext db, IOptions<PrivacyOptions> options,
    IValidator<RecordModel.BasisInput> validator) : PrivacyPageModel(access, currentUser, clock)
{
    [BindProperty]
    public BasisInput Input { get; set; } = new();

    protected override string TitleKey => "Privacy.Record.Title";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id, UnitOperations.EditMembers) is { } refused)
        {
            return refused;
        }

        Input.NoticeVersion = options.Value.NoticeVersion;
        Input.EffectiveFrom = VietnamTime.Today(Clock);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, UnitOperations.EditMembers) is { } refused)
        {
            return refused;
        }

        AddValidation(await validator.ValidateAsync(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = LawfulBasisRecord.Record(
            Member.Id, Input.Kind!.Value, Input.Evidence, Input.NoticeVersion, Input.EffectiveFrom!.Value, Input.Note,
            await StampAsync(RoleRules.CanEditMembers));
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            return Page();
        }

        db.LawfulBasisRecords.Add(result.Value!);
        db.ChangeReason = T["Privacy.Record.Reason"];
        await db.SaveChangesAsync();
        return Saved("Privacy.Record.Saved", "/Privacy/Member", new { id });
    }

    public sealed class BasisInput
    {
        public LawfulBasisKind? Kind { get; set; }

        public string? Evidence { get; set; }

        public string? NoticeVersion { get; set; }

        public DateOnly? EffectiveFrom { get; set; }

        public string? Note { get; set; }
    }

    public sealed class BasisValidator : AbstractValidator<BasisInput>
    {
        public BasisValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.Kind).NotNull().WithMessage(_ => texts["Error.Privacy.KindRequired"])
                .IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.Evidence).NotEmpty().WithMessage(_ => texts["Error.Privacy.EvidenceRequired"])
                .MaximumLength(LawfulBasisRecord.EvidenceMaxLength).WithMessage(_ => texts["Error.Text.TooLong", LawfulBasisRecord.EvidenceMaxLength]);
            RuleFor(x => x.NoticeVersion).NotEmpty().WithMessage(_ => texts["Error.Privacy.NoticeVersionRequired"])
                .MaximumLength(LawfulBasisRecord.NoticeVersionMaxLength)
                .WithMessage(_ => texts["Error.Text.TooLong", LawfulBasisRecord.NoticeVersionMaxLength]);
            RuleFor(x => x.EffectiveFrom).NotNull().WithMessage(_ => texts["Error.Privacy.DateRequired"]);
            RuleFor(x => x.Note).MaximumLength(LawfulBasisRecord.NoteMaxLength)
                .WithMessage(_ => texts["Error.Text.TooLong", LawfulBasisRecord.NoteMaxLength]);
        }
    }
}
