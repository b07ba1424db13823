namespace PartyMembers.Web.Tests.Authorization;

/// Matrix rows of the admission decision pages (see <see cref="AdmissionMatrix"/>).
public static class AdmissionDecisionMatrix
{
    public static IEnumerable<MatrixRow> Rows() => [];
}
