using Microsoft.EntityFrameworkCore;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Web.Features.Admin;

/// Unit codes are unique when given (a filtered unique index); the forms check first so the clash is shown beside the
/// field, and the index still refuses a clash that slips in between.
public static class UnitCodes
{
    public static async Task<bool> TakenAsync(PartyMembersDbContext db, string? code, Guid? exceptUnit, CancellationToken cancellationToken)
    {
        var tidy = code?.Trim();
        if (string.IsNullOrEmpty(tidy))
        {
            return false;
        }

        return await db.Units.AsNoTracking().AnyAsync(u => u.Code == tidy && u.Id != exceptUnit, cancellationToken);
    }
}
