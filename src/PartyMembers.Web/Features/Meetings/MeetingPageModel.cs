using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Meetings;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Features.Meetings;

/// The base of the pages that change a meeting: it loads the meeting, checks on the server that the user is the
/// secretary of the meeting's own unit and that the meeting is not cancelled (403 otherwise, 404 for an unknown
/// meeting), and saves with the meeting's version so that of two people saving at once only the first succeeds.
public abstract class MeetingPageModel(MeetingAccess access, PartyMembersDbContext db) : AppPageModel
{
    [BindProperty]
    public Guid Version { get; set; }

    public Meeting Meeting { get; private set; } = null!;

    public UnitInfo Unit { get; private set; } = null!;

    public ActiveAssignment Acting { get; private set; } = null!;

    protected MeetingAccess Access => access;

    protected PartyMembersDbContext Db => db;

    protected abstract string TitleKey { get; }

    protected async Task<IActionResult?> PrepareAsync(Guid id, bool track)
    {
        var loaded = await access.LoadAsync(id, track);
        if (loaded.Access != Members.Access.Granted)
        {
            return loaded.Access == Members.Access.NotFound ? NotFound() : Forbid();
        }

        Meeting = loaded.Value;
        Unit = loaded.Unit!;
        if (MeetingAccess.Recorder(Unit, loaded.Covering) is not { } acting || Meeting.IsCancelled)
        {
            return Forbid();
        }

        Acting = acting;
        ViewData["Title"] = T[TitleKey];
        ViewData["Breadcrumb"] = MeetingCrumbs.For(T, Meeting, Unit, T[TitleKey]);

        // A form shown before someone else saved is refused before the rules are asked: the user sees the current state.
        if (track && Version != Meeting.Version)
        {
            Version = Meeting.Version;
            await ReloadAsync();
            AddConcurrencyError();
            return Page();
        }

        return null;
    }

    /// Puts the page's own state back after the meeting was reloaded (someone else saved first).
    protected virtual Task ReloadAsync() => Task.CompletedTask;

    protected async Task<IActionResult?> PrepareGetAsync(Guid id)
    {
        if (await PrepareAsync(id, track: false) is { } refused)
        {
            return refused;
        }

        Version = Meeting.Version;
        return null;
    }

    protected async Task<IActionResult?> PreparePostAsync<TInput>(Guid id, IValidator<TInput>? validator, TInput input)
    {
        if (await PrepareAsync(id, track: true) is { } refused)
        {
            return refused;
        }

        if (validator is not null)
        {
            AddValidation(await validator.ValidateAsync(input));
        }

        return ModelState.IsValid ? null : Page();
    }

    protected ChangeStamp Stamp() => access.Stamp(Acting);

    /// Shows the domain's refusal beside the fields, or saves as of the version the form was shown with. On a conflict
    /// the page shows the current state and says someone else saved first.
    protected async Task<IActionResult> SaveOrShowAsync(Result result, string auditKey, string prefix = "Input")
    {
        if (!result.Succeeded)
        {
            // Fields of the meeting belong to the input model; the reasons are fields of the page itself.
            foreach (var error in result.Errors)
            {
                AddErrors([error], error.Field is "Reason" or "CorrectionReason" or "Title" ? string.Empty : prefix);
            }

            return Page();
        }

        db.Entry(Meeting).Property(m => m.Version).OriginalValue = Version;
        db.ChangeReason = T[auditKey];
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await PrepareAsync(Meeting.Id, track: false);
            await ReloadAsync();
            Version = Meeting.Version;
            AddConcurrencyError();
            return Page();
        }

        return Saved("Meetings.Status.Saved", "/Meetings/Details", new { id = Meeting.Id });
    }
}

public static class MeetingCrumbs
{
    public static List<Breadcrumb> For(Microsoft.Extensions.Localization.IStringLocalizer t, Meeting meeting, UnitInfo unit, string? last) =>
    [
        new(t["Meetings.Title"], $"/Meetings?unit={unit.Id}"),
        new($"{t.Enum(meeting.Kind)} {Format.Date(meeting.Date)} — {unit.Name}", last is null ? null : $"/Meetings/Details/{meeting.Id}"),
        .. last is null ? Array.Empty<Breadcrumb>() : [new Breadcrumb(last)],
    ];
}
