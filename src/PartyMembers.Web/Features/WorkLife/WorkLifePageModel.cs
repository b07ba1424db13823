using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Common;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Pages;

namespace PartyMembers.Web.Features.WorkLife;

/// What the work-life pages share: the refusal for a member or record the user may not see, and the save with the
/// version the form was shown with, so that of two people acting at once only the first succeeds.
public abstract class WorkLifePageModel(PartyMembersDbContext db) : AppPageModel
{
    [BindProperty]
    public Guid Version { get; set; }

    protected PartyMembersDbContext Db => db;

    protected IActionResult Refuse(Access access) => access == Access.NotFound ? NotFound() : Forbid();

    /// Shows the domain's refusal beside the fields (the field names mapped to the form's), or saves.
    protected async Task<IActionResult> SaveOrShowAsync(
        Result result, IVersioned? record, string auditKey, string statusKey, string page, object route, Func<Task> reload,
        Func<string?, string?>? mapField = null)
    {
        if (!result.Succeeded)
        {
            AddErrors(result.Errors.Select(e => e with { Field = mapField is null ? e.Field : mapField(e.Field) }));
            return Page();
        }

        var entry = db.Entry(record!);
        if (entry.State != EntityState.Added)
        {
            entry.Property(nameof(IVersioned.Version)).OriginalValue = Version;
        }

        db.ChangeReason = T[auditKey];
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await reload();
            AddConcurrencyError();
            return Page();
        }
        catch (DbUpdateException)
        {
            // A unique index refused the change: the same member's assignment or record saved at the same moment.
            db.ChangeTracker.Clear();
            await reload();
            AddConcurrencyError();
            return Page();
        }

        return Saved(statusKey, page, route);
    }

    /// The decision fields of a form named Number, Date, Issuer after a prefix.
    protected static string? BasisField(string? field, string prefix) => field switch
    {
        nameof(LegalBasis.DocumentNumber) => prefix + "Number",
        nameof(LegalBasis.DocumentDate) or "Date" => prefix + "Date",
        nameof(LegalBasis.Issuer) => prefix + "Issuer",
        _ => field,
    };
}
