using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Infrastructure.Persistence;

namespace PartyMembers.Web.Features.Privacy;

/// Everything the registry holds about one member, as one JSON document, for an access request (Law 91/2025/QH15):
/// the record and its history, lawful basis, admission case and decisions, meetings attended, fees, transfers, holds,
/// work assignments, exemptions, study, and the audit rows about the record. Read with one query per kind of data.
public sealed class MemberDataExport(PartyMembersDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        Converters = { new JsonStringEnumConverter() },
    };

    public const string FormatVersion = "1";

    public async Task<byte[]> BuildAsync(Guid memberId, string requestReference, CancellationToken ct = default)
    {
        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId, ct);
        var memberKey = memberId.ToString();
        var cases = await WithDossier(db.AdmissionCases.AsNoTracking().Where(c => c.MemberId == memberId)).ToListAsync(ct);
        var document = new Dictionary<string, object?>
        {
            ["format"] = FormatVersion,
            ["exportedAtUtc"] = clock.GetUtcNow().UtcDateTime,
            ["requestReference"] = requestReference,
            ["member"] = member,
            ["events"] = await db.MemberEvents.AsNoTracking().Where(e => e.MemberId == memberId).OrderBy(e => e.Sequence).ToListAsync(ct),
            ["lawfulBasis"] = await db.LawfulBasisRecords.AsNoTracking().Where(r => r.MemberId == memberId).OrderBy(r => r.RecordedAtUtc).ToListAsync(ct),
            ["admissionCases"] = cases,
            ["meetingAttendance"] = await db.MeetingAttendance.AsNoTracking().Where(a => a.MemberId == memberId).ToListAsync(ct),
            ["feeBases"] = await db.FeeBases.AsNoTracking().Where(b => b.MemberId == memberId).ToListAsync(ct),
            ["feePayments"] = await db.FeePayments.AsNoTracking().Where(p => p.MemberId == memberId).ToListAsync(ct),
            ["feeReliefs"] = await db.FeeReliefs.AsNoTracking().Where(r => r.MemberId == memberId).ToListAsync(ct),
            ["transfers"] = await db.TransferCases.AsNoTracking().Where(t => t.MemberId == memberId).ToListAsync(ct),
            ["holds"] = await db.MemberHolds.AsNoTracking().Where(h => h.MemberId == memberId).ToListAsync(ct),
            ["workAssignments"] = await db.WorkAssignments.AsNoTracking().Where(w => w.MemberId == memberId).ToListAsync(ct),
            ["exemptions"] = await db.ExemptionCases.AsNoTracking().Where(x => x.MemberId == memberId).ToListAsync(ct),
            ["study"] = await db.StudyRecords.AsNoTracking().Where(s => s.MemberId == memberId).ToListAsync(ct),
            ["audit"] = await db.AuditEntries.AsNoTracking().Where(a => a.MemberId == memberId || (a.Entity == "Member" && a.EntityKey == memberKey))
                .OrderBy(a => a.Sequence).ToListAsync(ct),
        };
        return Serialize(document);
    }

    /// The export's JSON form of any part of it (enum names, Vietnamese kept readable, cycles cut).
    public static byte[] Serialize(object document) => JsonSerializer.SerializeToUtf8Bytes(document, Options);

    /// A member's admission cases with every part of their dossier.
    public static IQueryable<Domain.Admission.AdmissionCase> WithDossier(IQueryable<Domain.Admission.AdmissionCase> cases) =>
        cases.Include(c => c.Courses).Include(c => c.Documents).Include(c => c.Attachments).Include(c => c.Introducers)
            .Include(c => c.Verifications).Include(c => c.Votes).Include(c => c.Appraisals).Include(c => c.Decisions).Include(c => c.Steps)
            .AsSplitQuery();
}
