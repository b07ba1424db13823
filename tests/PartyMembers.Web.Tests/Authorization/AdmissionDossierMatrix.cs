namespace PartyMembers.Web.Tests.Authorization;

/// Matrix rows of the admission dossier pages (see <see cref="AdmissionMatrix"/>).
public static class AdmissionDossierMatrix
{
    public static IEnumerable<MatrixRow> Rows() => [];
}
