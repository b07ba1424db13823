using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Infrastructure.Seeding;

namespace PartyMembers.Web.Tests.Support;

/// The work-life records the authorization matrix points at, read from the demo data once the application is seeded:
/// an assignment of the Tổng hợp cell and its exemption case waiting for the grassroots committee.
public sealed record WorkLifeMatrixData(Guid TongHopAssignment, Guid TongHopExemption)
{
    /// Set by <see cref="AppFixture"/> before any test runs.
    public static WorkLifeMatrixData Current { get; set; } = new(Guid.Empty, Guid.Empty);

    public static async Task<WorkLifeMatrixData> LoadAsync(AppFactory factory) => await factory.WithDbAsync(async db =>
    {
        var tongHop = await db.Units.SingleAsync(u => u.Name == DemoUnits.TongHopCell);
        var assignment = await db.WorkAssignments.Where(a => a.CellId == tongHop.Id).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        var exemption = await db.ExemptionCases.Where(c => c.CellId == tongHop.Id && c.State == ExemptionState.CellResolved).Select(c => c.Id).FirstAsync();
        return new WorkLifeMatrixData(assignment, exemption);
    });
}
