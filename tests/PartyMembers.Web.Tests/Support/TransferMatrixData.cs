using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Transfers;
using PartyMembers.Infrastructure.Seeding;

namespace PartyMembers.Web.Tests.Support;

/// The demo transfers the authorization matrix points at (see <see cref="DemoTransfers"/>), read once by the fixture
/// before any test can change them.
public static class TransferMatrixData
{
    /// Internal, Tổng hợp to Tổ chức, commented: the board's letter next.
    public static Guid InternalCommented { get; private set; }

    /// Official out of Tổng hợp, requested: the grassroots comment next.
    public static Guid OfficialRequested { get; private set; }

    /// Internal, Hành chính to Tổng hợp, letter issued: the Tổng hợp secretary's acceptance next.
    public static Guid InternalLetterIssued { get; private set; }

    /// Temporary, of a Hành chính member, requested: the grassroots committee's letter next.
    public static Guid TemporaryRequested { get; private set; }

    /// Incoming into Tổng hợp, notice received over 3 months ago: flag or accept next.
    public static Guid IncomingNotice { get; private set; }

    public static async Task LoadAsync(AppFactory factory) => await factory.WithDbAsync(async db =>
    {
        var cases = await db.TransferCases.AsNoTracking().Select(c => new { c.Id, c.Kind, c.Stage }).ToListAsync();
        Guid One(TransferKind kind, TransferStage stage) => cases.Single(c => c.Kind == kind && c.Stage == stage).Id;
        InternalCommented = One(TransferKind.Internal, TransferStage.Commented);
        OfficialRequested = One(TransferKind.OfficialOut, TransferStage.Requested);
        InternalLetterIssued = One(TransferKind.Internal, TransferStage.LetterIssued);
        TemporaryRequested = One(TransferKind.Temporary, TransferStage.Requested);
        IncomingNotice = One(TransferKind.Incoming, TransferStage.NoticeReceived);
        return true;
    });
}
