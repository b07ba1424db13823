using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Features.Admission;

/// The base of the pages that take a step on an admission case or record data in its dossier. It loads the case,
/// checks on the server that the user holds, over the case's cell, the role the step needs at the right level and
/// that the stage allows it (403 otherwise, 404 for an unknown case), and saves with the case's version so that of
/// two people acting at once only the first succeeds.
public abstract class CaseStepPageModel(AdmissionAccess access, PartyMembersDbContext db) : AppPageModel
{
    [BindProperty]
    public Guid Version { get; set; }

    public AdmissionCase Case { get; private set; } = null!;

    public UnitInfo Cell { get; private set; } = null!;

    public AdmissionChain Chain { get; private set; } = null!;

    public ActiveAssignment Acting { get; private set; } = null!;

    public AdmissionTrigger? Trigger { get; private set; }

    protected LoadedCase Loaded { get; private set; } = null!;

    protected AdmissionAccess Access => access;

    protected PartyMembersDbContext Db => db;

    /// The step this page takes now, for the case's stage; null for pages that record dossier data.
    protected abstract IReadOnlyList<AdmissionTrigger> Triggers { get; }

    /// For dossier pages: whether the case's stage accepts the data.
    protected virtual bool AcceptsData(AdmissionCase c) => false;

    /// The page's title key.
    protected abstract string TitleKey { get; }

    protected async Task<IActionResult?> PrepareAsync(Guid id, bool track)
    {
        Loaded = await access.LoadAsync(id, track);
        if (Loaded.Access != Members.Access.Granted)
        {
            return Loaded.Access == Members.Access.NotFound ? NotFound() : Forbid();
        }

        Case = Loaded.Value;
        Cell = Loaded.Cell!;
        Chain = Loaded.Chain!;
        ActiveAssignment? acting = null;
        foreach (var trigger in Triggers)
        {
            acting = access.ActingFor(Loaded, trigger);
            if (acting is not null)
            {
                Trigger = trigger;
                break;
            }
        }

        if (Triggers.Count == 0 && !Case.IsClosed && AcceptsData(Case))
        {
            acting = AdmissionAccess.CellSecretary(Loaded);
        }

        if (acting is null)
        {
            return Forbid();
        }

        Acting = acting;
        ViewData["Title"] = T[TitleKey];
        ViewData["Breadcrumb"] = new List<Breadcrumb>
        {
            new(T["Admission.Title"], "/Admission"), new(Case.FullName, $"/Admission/Details/{Case.Id}"), new(T[TitleKey]),
        };
        return null;
    }

    /// Loads the case for showing the form, which carries the version it was shown with.
    protected async Task<IActionResult?> PrepareGetAsync(Guid id)
    {
        if (await PrepareAsync(id, track: false) is { } refused)
        {
            return refused;
        }

        Version = Case.Version;
        return null;
    }

    /// Loads the case for a post and checks the form: the response to give when either refuses, null to go on.
    protected async Task<IActionResult?> PreparePostAsync<TInput>(Guid id, IValidator<TInput> validator, TInput input)
    {
        if (await PrepareAsync(id, track: true) is { } refused)
        {
            // The form was shown for a step that someone else has since taken (the case moved on): say so and show the
            // case as it now is, rather than a bare 403. An empty or forged form (no version) is still refused.
            if (refused is ForbidResult && Loaded.Access == Members.Access.Granted && Version != Guid.Empty && Version != Loaded.Value.Version)
            {
                StatusMessage = T["Error.Concurrency"];
                return RedirectToPage("/Admission/Details", new { id });
            }

            return refused;
        }

        AddValidation(await validator.ValidateAsync(input));
        return ModelState.IsValid ? null : Page();
    }

    protected ChangeStamp Stamp() => access.Stamp(Acting);

    /// Shows the domain's refusal beside the fields, or saves the change (<see cref="SaveAsync"/>).
    protected async Task<IActionResult> SaveOrShowAsync(Result result, string auditKey, string statusKey, Func<Task<IActionResult?>> reload)
    {
        if (!result.Succeeded)
        {
            ShowErrors(result.Errors);
            return Page();
        }

        return await SaveAsync(auditKey, statusKey, reload);
    }

    /// The same for a change that creates a part of the case.
    protected Task<IActionResult> SaveOrShowAsync<T>(Result<T> result, string auditKey, string statusKey, Func<Task<IActionResult?>> reload)
        where T : class =>
        SaveOrShowAsync(result.Succeeded ? Result.Success() : Result.Fail(result.Errors), auditKey, statusKey, reload);

    /// Saves the case as of the version the form was shown with. On a conflict the page shows the current state and
    /// says someone else saved first.
    protected async Task<IActionResult> SaveAsync(string auditKey, string statusKey, Func<Task<IActionResult?>> reload)
    {
        db.Entry(Case).Property(c => c.Version).OriginalValue = Version;
        db.ChangeReason = T[auditKey];
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await reload();
            Version = Case.Version;
            AddConcurrencyError();
            return Page();
        }
        catch (DbUpdateException)
        {
            // A unique index refused the change (a decision number used twice at the same moment).
            db.ChangeTracker.Clear();
            await reload();
            Version = Case.Version;
            ModelState.AddModelError(string.Empty, T["Error.Admission.SaveRefused"]);
            return Page();
        }

        return Saved(statusKey, "/Admission/Details", new { id = Case.Id });
    }

    /// Maps domain errors' fields to the page's input and shows them.
    protected void ShowErrors(IEnumerable<DomainError> errors, string prefix = "Input") => AddErrors(errors, prefix);
}
