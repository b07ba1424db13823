using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Infrastructure.Seeding;

namespace PartyMembers.Web.Tests.Support;

/// The work-life records the authorization matrix points at, read from the demo data once the application is seeded:
/// an assignment of the Tổng hợp cell and its exemption case waiting for the grassroots committee.
public sealed record WorkLifeMatrixData(Guid TongHopAssignment, Guid TongHopExemption)
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MatrixData, WorkLifeMatrixData> Loaded = [];

    /// The records of the database <paramref name="data"/> was read from (each fixture has its own database).
    public static WorkLifeMatrixData Of(MatrixData data) =>
        Loaded.TryGetValue(data, out var found) ? found : throw new InvalidOperationException("Work-life matrix data not loaded for this fixture.");

    public static async Task LoadAsync(AppFactory factory, MatrixData data) => await factory.WithDbAsync(async db =>
    {
        var tongHop = await db.Units.SingleAsync(u => u.Name == DemoUnits.TongHopCell);
        var assignment = await db.WorkAssignments.Where(a => a.CellId == tongHop.Id).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        var exemption = await db.ExemptionCases.Where(c => c.CellId == tongHop.Id && c.State == ExemptionState.CellResolved).Select(c => c.Id).FirstAsync();
        Loaded.AddOrUpdate(data, new WorkLifeMatrixData(assignment, exemption));
        return true;
    });
}
