using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admin;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Localization;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Admin.Pages.Rules;

/// The history of one rule parameter and a form for its next version. Versions are never edited: a new regulation (or
/// a correction) is a new version from its date, so a time limit is always computed with the rule of its day.
public sealed class DetailsModel(PartyMembersDbContext db, IValidator<DetailsModel.VersionInput> validator, TimeProvider clock)
    : AppPageModel
{
    [BindProperty]
    public VersionInput Input { get; set; } = new();

    public string Key { get; private set; } = string.Empty;

    public RuleValueKind Kind { get; private set; }

    /// Newest first.
    public IReadOnlyList<RuleParameter> History { get; private set; } = [];

    public RuleParameter? Current { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? key)
    {
        if (!await LoadAsync(key))
        {
            return NotFound();
        }

        Input.Confidence = RuleConfidence.Confirmed;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? key)
    {
        if (!await LoadAsync(key))
        {
            return NotFound();
        }

        AddValidation(await validator.ValidateAsync(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var validFrom = Input.ValidFrom!.Value;
        if (History.Any(p => p.ValidFrom == validFrom))
        {
            ModelState.AddModelError("Input.ValidFrom", T["Admin.Error.Rule.VersionExists", Format.Date(validFrom)]);
            return Page();
        }

        var result = RuleParameter.Create(Key, Kind, Input.Value!, validFrom, Input.Source!, Input.Confidence!.Value, Input.Note);
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            return Page();
        }

        db.RuleParameters.Add(result.Value!);
        db.ChangeReason = T["Admin.Audit.RuleVersionAdded"];
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another administrator saved a version from the same date in the meantime: (Key, ValidFrom) is unique.
            ModelState.AddModelError("Input.ValidFrom", T["Admin.Error.Rule.VersionExists", Format.Date(validFrom)]);
            return Page();
        }

        StatusMessage = T["Admin.Rules.Status.VersionAdded"];
        return RedirectToPage("Details", new { key = Key });
    }

    private async Task<bool> LoadAsync(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > RuleParameter.KeyMaxLength)
        {
            return false;
        }

        var history = await db.RuleParameters.AsNoTracking().Where(p => p.Key == key)
            .OrderByDescending(p => p.ValidFrom).ToListAsync(HttpContext.RequestAborted);
        if (history.Count == 0)
        {
            return false;
        }

        Key = history[0].Key;
        Kind = history[0].Kind;
        History = history;
        Today = VietnamTime.Today(clock);
        Current = history.FirstOrDefault(p => p.ValidFrom <= Today);
        return true;
    }

    public sealed class VersionInput
    {
        public string? Value { get; set; }

        public DateOnly? ValidFrom { get; set; }

        public string? Source { get; set; }

        public RuleConfidence? Confidence { get; set; }

        public string? Note { get; set; }
    }

    public sealed class VersionValidator : AbstractValidator<VersionInput>
    {
        public VersionValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.Value).NotEmpty().WithMessage(_ => texts["Admin.Error.Rule.ValueRequired"])
                .MaximumLength(RuleParameter.ValueMaxLength).WithMessage(_ => texts["Error.Text.TooLong", RuleParameter.ValueMaxLength]);
            RuleFor(x => x.ValidFrom).NotNull().WithMessage(_ => texts["Admin.Error.Rule.ValidFromRequired"]);
            RuleFor(x => x.ValidFrom).Plausible(texts);
            RuleFor(x => x.Source).NotEmpty().WithMessage(_ => texts["Error.Rule.SourceRequired"])
                .MaximumLength(RuleParameter.SourceMaxLength).WithMessage(_ => texts["Error.Text.TooLong", RuleParameter.SourceMaxLength]);
            RuleFor(x => x.Confidence).NotNull().WithMessage(_ => texts["Admin.Error.Rule.ConfidenceRequired"])
                .IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.Note).MaximumLength(RuleParameter.NoteMaxLength)
                .WithMessage(_ => texts["Error.Text.TooLong", RuleParameter.NoteMaxLength]);
        }
    }
}
