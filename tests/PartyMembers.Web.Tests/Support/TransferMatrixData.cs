using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Seeding;

namespace PartyMembers.Web.Tests.Support;

/// The demo transfers the authorization matrix points at (see <see cref="DemoTransfers"/>), read by each fixture
/// before any test can change them and kept beside that fixture's <see cref="MatrixData"/> (several fixtures, each
/// with its own database, may run in one test run).
public sealed record TransferMatrixData(
    Guid InternalCommented, Guid OfficialRequested, Guid InternalLetterIssued, Guid TemporaryRequested, Guid IncomingNotice)
{
    private static readonly ConditionalWeakTable<MatrixData, TransferMatrixData> Loaded = [];

    /// The transfers of the database <paramref name="data"/> was read from.
    public static TransferMatrixData Of(MatrixData data) =>
        Loaded.TryGetValue(data, out var found) ? found : throw new InvalidOperationException("Transfer matrix data not loaded for this fixture.");

    /// Reads, for the fixture's database: internal Tổng hợp → Tổ chức commented (the board's letter next); official out
    /// of Tổng hợp requested (the grassroots comment next); internal Hành chính → Tổng hợp with its letter (the Tổng hợp
    /// secretary's acceptance next); temporary of a Hành chính member requested (the grassroots letter next); incoming
    /// into Tổng hợp, notice received over 3 months ago (flag or accept next).
    public static async Task LoadAsync(AppFactory factory, MatrixData data) => await factory.WithDbAsync(async db =>
    {
        var cases = await db.TransferCases.AsNoTracking().Select(c => new { c.Id, c.Kind, c.Stage }).ToListAsync();
        Guid One(TransferKind kind, TransferStage stage) => cases.Single(c => c.Kind == kind && c.Stage == stage).Id;
        Loaded.AddOrUpdate(data, new TransferMatrixData(
            One(TransferKind.Internal, TransferStage.Commented), One(TransferKind.OfficialOut, TransferStage.Requested),
            One(TransferKind.Internal, TransferStage.LetterIssued), One(TransferKind.Temporary, TransferStage.Requested),
            One(TransferKind.Incoming, TransferStage.NoticeReceived)));
        return true;
    });
}
