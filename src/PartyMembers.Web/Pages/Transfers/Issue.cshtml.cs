using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Transfers;
using PartyMembers.Web.Localization;

namespace PartyMembers.Web.Pages.Transfers;

/// The organisation board approves the transfer and issues the letter (10-box going out, with the two notices; 7-box
/// inside the upper committee); for a temporary transfer the grassroots committee or the board issues the 8-box letter
/// and the member goes. Refused while an inspection or complaint about the member is open (Q294 §6.3.1đ).
public sealed class IssueModel(TransferAccess access, PartyMembersDbContext db, IValidator<IssueModel.LetterInput> validator, ITransferFeeStatus fees)
    : TransferStepPageModel(access, db)
{
    [BindProperty]
    public LetterInput Input { get; set; } = new();

    public bool HoldOpen { get; private set; }

    public string IssuerName { get; private set; } = string.Empty;

    protected override TransferTrigger Trigger => TransferTrigger.IssueLetter;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareGetAsync(id) is { } refused)
        {
            return refused;
        }

        await LoadFactsAsync();
        var today = Access.Today;
        Input.Date = today;
        Input.Number = await Access.SuggestLetterNumberAsync(Acting.UnitId, today.Year, Case.Kind == TransferKind.Temporary ? "GGT/ĐU" : "GGT/BTC");
        Input.FeesPaidTo = (await fees.PaidUpToAsync(Case.MemberId!.Value, today)).ToString("MM/yyyy", CultureInfo.InvariantCulture);
        Input.AttachedDocuments = Case.Kind == TransferKind.Temporary ? "Thẻ đảng viên; bản tự kiểm điểm" : "Hồ sơ đảng viên; phiếu đảng viên";
        Input.ReceivingGrassroots = Case.Kind == TransferKind.OfficialOut ? Case.Destination : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PreparePostAsync(id, validator, Input) is { } refused)
        {
            await LoadFactsAsync();
            return refused;
        }

        await LoadFactsAsync();
        var letter = new TransferLetter(Acting.UnitId, IssuerName, Input.Number!, Input.Date!.Value, Input.Signer ?? string.Empty,
            LetterInput.ParseMonth(Input.FeesPaidTo)!.Value, Input.AttachedDocuments, Input.ReceivingUpperCommittee, Input.ReceivingGrassroots);
        if (await Access.LetterNumberUsedAsync(Acting.UnitId, letter.Date.Year, letter.Number, Case.Id))
        {
            ModelState.AddModelError("Input.Number", T["Error.Transfer.LetterNumberUsed"]);
            return Page();
        }

        var result = Case.IssueLetter(Member!, letter, HoldOpen, await Access.DeadlinesAsync(), Stamp());
        // The unique index on letter numbers refuses a number taken by another issuer at the same moment.
        return await SaveOrShowAsync(result, LoadFactsAsync, ("Input.Number", "Error.Transfer.LetterNumberUsed"));
    }

    private async Task LoadFactsAsync()
    {
        if (Case is null)
        {
            return;
        }

        HoldOpen = Case.MemberId is { } memberId && await Access.HoldOpenAsync(memberId);
        IssuerName = Acting.UnitName;
    }

    public sealed class LetterInput
    {
        public string? Number { get; set; }

        public DateOnly? Date { get; set; }

        public string? Signer { get; set; }

        /// "MM/yyyy".
        public string? FeesPaidTo { get; set; }

        public string? AttachedDocuments { get; set; }

        public string? ReceivingUpperCommittee { get; set; }

        public string? ReceivingGrassroots { get; set; }

        public static DateOnly? ParseMonth(string? text) =>
            DateOnly.TryParseExact("01/" + text?.Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;
    }

    public sealed class LetterValidator : AbstractValidator<LetterInput>
    {
        public LetterValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.Number).NotEmpty().WithMessage(_ => texts["Error.Transfer.LetterNumberRequired"]);
            RuleFor(x => x.Date).NotNull().WithMessage(_ => texts["Error.Transfer.DateRequired"]);
            RuleFor(x => x.Signer).NotEmpty().WithMessage(_ => texts["Error.Transfer.SignerRequired"]);
            RuleFor(x => x.FeesPaidTo).Must(m => LetterInput.ParseMonth(m) is not null).WithMessage(_ => texts["Error.Transfer.FeesMonthFormat"]);
        }
    }
}
