using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Infrastructure;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Features.Transfers;

/// The base of the pages that take a step on a transfer case. It loads the case and its member, checks on the server
/// that the user holds the role the step needs at the right place and that the stage allows it (403 otherwise, 404
/// for an unknown case), and saves with the case's version so that of two people acting at once only the first
/// succeeds.
public abstract class TransferStepPageModel(TransferAccess access, PartyMembersDbContext db) : AppPageModel
{
    [BindProperty]
    public Guid Version { get; set; }

    public TransferCase Case { get; private set; } = null!;

    public Member? Member { get; private set; }

    public UnitInfo? From { get; private set; }

    public UnitInfo? To { get; private set; }

    public ActiveAssignment Acting { get; private set; } = null!;

    protected TransferAccess Access => access;

    protected PartyMembersDbContext Db => db;

    protected abstract TransferTrigger Trigger { get; }

    protected string TitleKey => "Enum.TransferTrigger." + Trigger;

    /// Whether the page serves cases of this kind (acceptance has one page inside the organisation, one from outside).
    protected virtual bool Serves(TransferKind kind) => true;

    protected async Task<IActionResult?> PrepareAsync(Guid id, bool track)
    {
        var loaded = await access.LoadAsync(id, track);
        if (loaded.Access != Members.Access.Granted)
        {
            return loaded.Access == Members.Access.NotFound ? NotFound() : Forbid();
        }

        if (!Serves(loaded.Value.Kind))
        {
            return NotFound();
        }

        if (TransferAccess.ActingFor(loaded, Trigger) is not { } acting)
        {
            // Someone else moved the case on since this form was shown: say so on the case rather than refuse.
            if (track && Version != Guid.Empty && Version != loaded.Value.Version)
            {
                StatusMessage = T["Error.Concurrency"];
                return RedirectToPage("/Transfers/Details", new { id });
            }

            return Forbid();
        }

        Case = loaded.Value;
        Member = loaded.Member;
        From = loaded.From;
        To = loaded.To;
        Acting = acting;
        ViewData["Title"] = T[TitleKey];
        ViewData["Breadcrumb"] = new List<Breadcrumb>
        {
            new(T["Transfers.Title"], "/Transfers"), new(Case.MemberName, $"/Transfers/Details/{Case.Id}"), new(T[TitleKey]),
        };
        return null;
    }

    protected async Task<IActionResult?> PrepareGetAsync(Guid id)
    {
        if (await PrepareAsync(id, track: false) is { } refused)
        {
            return refused;
        }

        Version = Case.Version;
        return null;
    }

    protected async Task<IActionResult?> PreparePostAsync<TInput>(Guid id, IValidator<TInput> validator, TInput input)
    {
        if (await PrepareAsync(id, track: true) is { } refused)
        {
            return refused;
        }

        AddValidation(await validator.ValidateAsync(input));
        return ModelState.IsValid ? null : Page();
    }

    protected ChangeStamp Stamp() => access.Stamp(Acting);

    /// Shows the domain's refusal beside the fields, or saves the case as of the version the form was shown with. A
    /// save refused by a unique index (a value taken by someone else at the same moment) is shown beside
    /// <paramref name="uniqueClash"/>'s field when the page names one, otherwise as another user's save.
    protected async Task<IActionResult> SaveOrShowAsync(Result result, Func<Task> reload, (string Field, string MessageKey)? uniqueClash = null)
    {
        if (!result.Succeeded)
        {
            AddErrors(result.Errors.Select(e => e with { Field = MapField(e.Field) }));
            return Page();
        }

        db.Entry(Case).Property(c => c.Version).OriginalValue = Version;
        db.ChangeReason = T[TitleKey];
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await PrepareAsync(Case.Id, track: false);
            await reload();
            Version = Case.Version;
            AddConcurrencyError();
            return Page();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await PrepareAsync(Case.Id, track: false);
            await reload();
            Version = Case.Version;
            if (uniqueClash is { } clash)
            {
                ModelState.AddModelError(clash.Field, T[clash.MessageKey]);
            }
            else
            {
                AddConcurrencyError();
            }

            return Page();
        }

        return Saved("Status.Transfer.Saved", "/Transfers/Details", new { id = Case.Id });
    }

    /// The member's own fields, as the page names them.
    private static string? MapField(string? field) => field switch
    {
        nameof(StatusChange.EffectiveDate) or nameof(LegalBasis.DocumentDate) => "Date",
        "Comment" or "Note" or nameof(StatusChange.Reason) => nameof(StepInput.Text),
        nameof(StatusChange.Basis) or nameof(Domain.Members.Member.HomeUnitId) or nameof(Domain.Members.Member.TemporaryUnitId) => null,
        _ => field,
    };
}
