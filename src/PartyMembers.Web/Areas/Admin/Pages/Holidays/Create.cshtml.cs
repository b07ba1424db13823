using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyMembers.Domain.Calendar;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Admin;
using PartyMembers.Web.Localization;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Areas.Admin.Pages.Holidays;

/// Records a day the government set apart from the statutory calendar: an extra day off, or a working day (a Saturday
/// worked to make up for a bridged weekday, or a computed holiday the government moved). Entries override the
/// computed calendar for every time limit counted in working days.
public sealed class CreateModel(PartyMembersDbContext db, IValidator<CreateModel.EntryInput> validator) : AppPageModel
{
    [BindProperty]
    public EntryInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        AddValidation(await validator.ValidateAsync(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var date = Input.Date!.Value;
        var kind = Input.Kind!.Value;

        // One entry per day: a day declared both off and worked has no answer (the calendar refuses to load it).
        var existing = await db.CalendarEntries.AsNoTracking().Where(e => e.Date == date && !e.IsWithdrawn)
            .Select(e => e.Name).FirstOrDefaultAsync();
        if (existing is not null)
        {
            ModelState.AddModelError("Input.Date", T["Admin.Error.Holiday.DateTaken", existing]);
            return Page();
        }

        // An entry that changes nothing would only mislead the reader of the list.
        var statutory = WorkingDayCalendar.StatutoryOnly.HolidayOn(date);
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (kind == CalendarExceptionKind.Holiday && statutory is not null)
        {
            ModelState.AddModelError("Input.Date", T["Admin.Error.Holiday.AlreadyHoliday", HolidayNames.Of(T, statutory)]);
        }
        else if (kind == CalendarExceptionKind.WorkingDay && statutory is null && !weekend)
        {
            ModelState.AddModelError("Input.Date", T["Admin.Error.Holiday.AlreadyWorkingDay"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = CalendarEntry.Declare(date, kind, Input.Name!, Input.Source);
        if (!result.Succeeded)
        {
            AddErrors(result.Errors);
            return Page();
        }

        db.CalendarEntries.Add(result.Value!);
        db.ChangeReason = T["Admin.Audit.CalendarEntryAdded"];
        await db.SaveChangesAsync();
        StatusMessage = T["Admin.Holidays.Status.Created"];
        return RedirectToPage("Index", new { year = date.Year });
    }

    public sealed class EntryInput
    {
        public DateOnly? Date { get; set; }

        public CalendarExceptionKind? Kind { get; set; }

        public string? Name { get; set; }

        public string? Source { get; set; }
    }

    public sealed class EntryValidator : AbstractValidator<EntryInput>
    {
        public EntryValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(x => x.Date).NotNull().WithMessage(_ => texts["Admin.Error.Holiday.DateRequired"]);
            RuleFor(x => x.Date).Plausible(texts);
            RuleFor(x => x.Kind).NotNull().WithMessage(_ => texts["Admin.Error.Holiday.KindRequired"])
                .IsInEnum().WithMessage(_ => texts["Error.Value.Invalid"]);
            RuleFor(x => x.Name).NotEmpty().WithMessage(_ => texts["Error.Calendar.NameRequired"])
                .MaximumLength(CalendarEntry.NameMaxLength).WithMessage(_ => texts["Error.Text.TooLong", CalendarEntry.NameMaxLength]);

            // The entry overrides the law's calendar, so the notice that decided it must be named.
            RuleFor(x => x.Source).NotEmpty().WithMessage(_ => texts["Admin.Error.Holiday.SourceRequired"])
                .MaximumLength(CalendarEntry.SourceMaxLength).WithMessage(_ => texts["Error.Text.TooLong", CalendarEntry.SourceMaxLength]);
        }
    }
}
