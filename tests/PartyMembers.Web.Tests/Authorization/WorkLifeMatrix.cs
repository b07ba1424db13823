using PartyMembers.Infrastructure.Seeding;
using PartyMembers.Web.Tests.Support;
using static PartyMembers.Web.Tests.Authorization.AuthorizationMatrix;

namespace PartyMembers.Web.Tests.Authorization;

/// Matrix rows of the work-life pages (docs/security.md): work assignments, exemptions and study records. Member pages
/// are asked about a member of the Tổng hợp cell, one of the Hành chính cell (same grassroots committee, whose cell
/// secretary is dangbo.vanphong) and one outside; record pages about the demo records of the Tổng hợp cell; and
/// unknown ids.
public static class WorkLifeMatrix
{

    public static IEnumerable<MatrixRow> Rows()
    {
        var readers = AdmissionMatrix.AllReaders;
        var tongHop = AdmissionMatrix.TongHopReaders;
        var hanhChinh = AdmissionMatrix.HanhChinhReaders;
        string[] upper = [DemoAccounts.Board, DemoAccounts.Standing, DemoAccounts.Inspection];
        var unknown = AdmissionMatrix.Unknown;

        yield return new("/Assignments/Index", "GET", null, "own cell by default", _ => "/Assignments", Only(readers));
        yield return new("/Assignments/Index", "GET", null, "Tổng hợp cell", d => $"/Assignments?unit={d.TongHopCell}", Only(tongHop));
        yield return new("/Assignments/Index", "GET", null, "outside cell", d => $"/Assignments?unit={d.OutsideCell}", Only(upper));
        yield return new("/Assignments/Missing", "GET", null, "whole scope", _ => "/Assignments/Missing", Only(readers));
        yield return new("/Assignments/Missing", "GET", null, "Tổng hợp cell", d => $"/Assignments/Missing?unit={d.TongHopCell}", Only(tongHop));
        yield return new("/Assignments/Missing", "GET", null, "outside cell", d => $"/Assignments/Missing?unit={d.OutsideCell}", Only(upper));
        yield return new("/Assignments/Details", "GET", null, "assignment of Tổng hợp", d => $"/Assignments/Details/{WorkLifeMatrixData.Of(d).TongHopAssignment}", Only(tongHop));
        yield return new("/Assignments/Details", "GET", null, "unknown", _ => $"/Assignments/Details/{Guid.NewGuid()}", unknown);
        foreach (var page in new[] { "Adjust", "Result" })
        {
            foreach (var method in new[] { "GET", "POST" })
            {
                yield return new($"/Assignments/{page}", method, null, "assignment of Tổng hợp", d => $"/Assignments/{page}/{WorkLifeMatrixData.Of(d).TongHopAssignment}",
                    Only(DemoAccounts.CellTongHop));
                yield return new($"/Assignments/{page}", method, null, "unknown", _ => $"/Assignments/{page}/{Guid.NewGuid()}", unknown);
            }
        }

        // Pages about a member: the work cell's secretary assigns, the home cell's secretary records an application,
        // the registry keepers record study, the readers read it.
        foreach (var (page, own, below, outside) in new (string, string[], string[], string[])[]
                 {
                     ("/Assignments/Assign", [DemoAccounts.CellTongHop], [DemoAccounts.GrassrootsVanPhong], []),
                     ("/Exemptions/Apply", [DemoAccounts.CellTongHop], [DemoAccounts.GrassrootsVanPhong], []),
                     ("/Study/TheoryLevel", [DemoAccounts.Board, DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellTongHop],
                         [DemoAccounts.Board, DemoAccounts.GrassrootsVanPhong], [DemoAccounts.Board]),
                     ("/Study/Course", [DemoAccounts.Board, DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellTongHop],
                         [DemoAccounts.Board, DemoAccounts.GrassrootsVanPhong], [DemoAccounts.Board]),
                     ("/Study/Index", tongHop, hanhChinh, upper),
                 })
        {
            foreach (var method in page == "/Study/Index" ? new[] { "GET" } : ["GET", "POST"])
            {
                yield return new(page, method, null, "member of own cell", d => $"{page}/{d.TongHopMember}", Only(own));
                yield return new(page, method, null, "member of another cell below the grassroots committee", d => $"{page}/{d.HanhChinhMember}", Only(below));
                yield return new(page, method, null, "member outside", d => $"{page}/{d.OutsideMember}", Only(outside));
                yield return new(page, method, null, "unknown id", _ => $"{page}/{Guid.NewGuid()}", unknown);
            }
        }

        yield return new("/Exemptions/Index", "GET", null, "open cases in scope", _ => "/Exemptions", Only(readers));
        yield return new("/Exemptions/Index", "GET", null, "closed cases of Tổng hợp", d => $"/Exemptions?unit={d.TongHopCell}&closed=true", Only(tongHop));
        yield return new("/Exemptions/Index", "GET", null, "outside cell", d => $"/Exemptions?unit={d.OutsideCell}", Only(upper));
        yield return new("/Exemptions/Details", "GET", null, "case of Tổng hợp", d => $"/Exemptions/Details/{WorkLifeMatrixData.Of(d).TongHopExemption}", Only(tongHop));
        yield return new("/Exemptions/Details", "GET", null, "unknown", _ => $"/Exemptions/Details/{Guid.NewGuid()}", unknown);
        foreach (var method in new[] { "GET", "POST" })
        {
            // Resolved by the cell for another reason: the grassroots committee decides or refuses, the cell records a withdrawal.
            yield return new("/Exemptions/Resolve", method, null, "waiting for the grassroots committee", d => $"/Exemptions/Resolve/{WorkLifeMatrixData.Of(d).TongHopExemption}",
                Only(DemoAccounts.GrassrootsVanPhong, DemoAccounts.CellTongHop));
            yield return new("/Exemptions/Resolve", method, null, "unknown", _ => $"/Exemptions/Resolve/{Guid.NewGuid()}", unknown);

            // Nobody records a return before the decision.
            yield return new("/Exemptions/Return", method, null, "not yet decided", d => $"/Exemptions/Return/{WorkLifeMatrixData.Of(d).TongHopExemption}", Only());
            yield return new("/Exemptions/Return", method, null, "unknown", _ => $"/Exemptions/Return/{Guid.NewGuid()}", unknown);
        }
    }
}
