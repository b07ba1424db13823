using PartyMembers.Infrastructure.Seeding;
using static PartyMembers.Web.Tests.Authorization.AuthorizationMatrix;

namespace PartyMembers.Web.Tests.Authorization;

/// Matrix rows of the audit pages (docs/security.md, ADR 0015): the organisation board and the inspection committee of
/// the upper committee only; the administrator runs `verify-audit` from the shell instead.
public static class AuditMatrix
{
    private static readonly string[] Auditors = [DemoAccounts.Board, DemoAccounts.Inspection];

    public static IEnumerable<MatrixRow> Rows()
    {
        yield return new("/Audit/Index", "GET", null, "whole organisation", _ => "/Audit", Only(Auditors));
        yield return new("/Audit/Index", "GET", null, "a member's history", d => $"/Audit?member={d.TongHopMember}", Only(Auditors));
        yield return new("/Audit/Verify", "GET", null, "whole chain", _ => "/Audit/Verify", Only(Auditors));
    }
}
