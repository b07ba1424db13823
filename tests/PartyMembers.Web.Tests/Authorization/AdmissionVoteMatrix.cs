using static PartyMembers.Web.Tests.Authorization.AuthorizationMatrix;

namespace PartyMembers.Web.Tests.Authorization;

/// Matrix rows of the dossier document, attachment download, vote and appraisal pages (see <see cref="AdmissionMatrix"/>).
/// No demo case is at a stage that takes a document, a vote or an appraisal, so every signed-in user is refused them.
public static class AdmissionVoteMatrix
{
    public static IEnumerable<MatrixRow> Rows()
    {
        foreach (var page in new[] { "/Admission/Document", "/Admission/CellVote", "/Admission/CommitteeVote", "/Admission/Appraise" })
        {
            foreach (var row in AdmissionMatrix.StepRows(page,
                         own: d => d.TongHopCandidate, ownUsers: [],
                         below: d => d.HanhChinhCandidate, belowUsers: [],
                         outside: d => d.OutsideCandidate, outsideUsers: [],
                         wrongStage: d => d.TongHopSympathiser))
            {
                yield return row;
            }
        }

        // An unknown file of a case the user reads is not found; a case the user does not read is refused.
        IReadOnlyDictionary<string, Expect> UnknownFileOf(string[] readers) =>
            Users.ToDictionary(u => u, u => u == Anonymous ? Expect.Login : readers.Contains(u) ? Expect.NotFound : Expect.Forbid);

        yield return new("/Admission/Attachment", "GET", null, "unknown file, case of own cell",
            d => $"/Admission/Attachment/{d.TongHopCandidate}?file={Guid.NewGuid()}", UnknownFileOf(AdmissionMatrix.TongHopReaders));
        yield return new("/Admission/Attachment", "GET", null, "unknown file, case outside",
            d => $"/Admission/Attachment/{d.OutsideCandidate}?file={Guid.NewGuid()}", UnknownFileOf(AdmissionMatrix.OutsideReaders));
        yield return new("/Admission/Attachment", "GET", null, "no file named", d => $"/Admission/Attachment/{d.HanhChinhCandidate}",
            UnknownFileOf(AdmissionMatrix.HanhChinhReaders));
        yield return new("/Admission/Attachment", "GET", null, "unknown case", _ => $"/Admission/Attachment/{Guid.NewGuid()}?file={Guid.NewGuid()}",
            AdmissionMatrix.Unknown);
    }
}
