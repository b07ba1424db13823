using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Meetings;
using PartyMembers.Infrastructure.Seeding;

namespace PartyMembers.Web.Tests.Support;

/// The demo meetings the matrix and the meeting tests point at: a regular meeting of the Tổng hợp cell, one of the
/// Hành chính cell (same grassroots committee), one of the Thời sự cell (outside it), and the Văn phòng grassroots
/// organisation's study session. Read once per application, before any test can change them.
public sealed record MeetingsMatrixData(Guid TongHopMeeting, Guid HanhChinhMeeting, Guid OutsideMeeting, Guid StudySession)
{
    private static readonly ConcurrentDictionary<MatrixData, MeetingsMatrixData> Loaded = new();

    public static MeetingsMatrixData Of(MatrixData data) => Loaded[data];

    public static async Task LoadAsync(AppFactory factory, MatrixData data) => Loaded[data] = await factory.WithDbAsync(async db =>
    {
        async Task<Guid> Of(string unitName, MeetingKind kind) => await db.Meetings
            .Join(db.Units.Where(u => u.Name == unitName), m => m.UnitId, u => u.Id, (m, u) => m)
            .Where(m => m.Kind == kind).OrderByDescending(m => m.Date).Select(m => m.Id).FirstAsync();
        return new MeetingsMatrixData(
            await Of(DemoUnits.TongHopCell, MeetingKind.Regular), await Of(DemoUnits.VanPhongHanhChinhCell, MeetingKind.Regular),
            await Of(DemoUnits.ThoiSuCell, MeetingKind.Regular), await Of(DemoUnits.VanPhongCommittee, MeetingKind.ResolutionStudy));
    });
}
