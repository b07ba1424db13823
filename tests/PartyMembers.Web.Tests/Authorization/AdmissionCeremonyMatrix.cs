namespace PartyMembers.Web.Tests.Authorization;

/// Matrix rows of the admission ceremony pages (see <see cref="AdmissionMatrix"/>).
public static class AdmissionCeremonyMatrix
{
    public static IEnumerable<MatrixRow> Rows() => [];
}
