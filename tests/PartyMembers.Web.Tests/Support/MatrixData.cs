using Microsoft.EntityFrameworkCore;
using PartyMembers.Infrastructure.Seeding;

namespace PartyMembers.Web.Tests.Support;

/// The records the authorization matrix points at: a member of Chi bộ Phòng Tổng hợp, one of another cell of the same
/// grassroots committee (Đảng bộ Văn phòng Tỉnh ủy), and one outside it; their units; and accounts for the admin pages.
public sealed record MatrixData(
    Guid TongHopMember, Guid HanhChinhMember, Guid OutsideMember, Guid TongHopCell, Guid OutsideCell, Guid TopUnit, Guid AdminUser,
    Guid OtherUser, Guid OtherUsersAssignment, Guid EmptyUnit)
{
    /// Admission cases: on the register of the Tổng hợp cell, a sympathiser there, one in the Hành chính cell (same
    /// grassroots committee), one outside it (Thời sự cell), and a sympathiser of the Tổ chức grassroots cell.
    public Guid TongHopCandidate { get; init; }

    public Guid TongHopSympathiser { get; init; }

    public Guid HanhChinhCandidate { get; init; }

    public Guid OutsideCandidate { get; init; }

    public Guid ToChucSympathiser { get; init; }

    /// Tổng hợp cases further on: dossier open (the cell's vote next), resolved by the grassroots committee (the
    /// board's appraisal next), appraised (the standing committee's decision next), decided (the ceremony next).
    public Guid TongHopDossier { get; init; }

    public Guid TongHopGrassrootsResolved { get; init; }

    public Guid TongHopAppraised { get; init; }

    public Guid TongHopDecided { get; init; }

    public static async Task<MatrixData> LoadAsync(AppFactory factory) => await factory.WithDbAsync(async db =>
    {
        var tongHop = await db.Units.SingleAsync(u => u.Name == DemoUnits.TongHopCell);
        var hanhChinh = await db.Units.SingleAsync(u => u.Name == DemoUnits.VanPhongHanhChinhCell);
        var outsideCell = await db.Units.SingleAsync(u => u.Name == DemoMembers.TranVanDaoCell);
        var top = await db.Units.SingleAsync(u => u.ParentId == null);
        var dao = await db.Members.SingleAsync(m => m.FullName == DemoMembers.Dao);
        var inHanhChinh = await db.Members
            .Where(m => m.HomeUnitId == hanhChinh.Id && m.Status == Domain.Members.ActivityStatus.Active)
            .OrderBy(m => m.SearchName).FirstAsync();
        var outside = await db.Members.SingleAsync(m => m.FullName == DemoMembers.TranVanDao);
        var admin = await db.Users.SingleAsync(u => u.UserName == DemoAccounts.Admin);
        var other = await db.Users.SingleAsync(u => u.UserName == DemoAccounts.Inspection);
        var assignment = await db.RoleAssignments.FirstAsync(a => a.UserId == other.Id);
        var group = await db.Units.SingleAsync(u => u.Name == DemoUnits.ThoiSuPartyGroup);
        async Task<Guid> Case(string name) => await db.AdmissionCases.Where(c => c.FullName == name).Select(c => c.Id).SingleAsync();
        return new MatrixData(dao.Id, inHanhChinh.Id, outside.Id, tongHop.Id, outsideCell.Id, top.Id, admin.Id, other.Id, assignment.Id, group.Id)
        {
            TongHopCandidate = await Case(DemoAdmissions.TongHopCandidate),
            TongHopSympathiser = await Case(DemoAdmissions.TongHopSympathiser),
            HanhChinhCandidate = await Case(DemoAdmissions.HanhChinhCandidate),
            OutsideCandidate = await Case(DemoAdmissions.ThoiSuCandidate),
            ToChucSympathiser = await Case(DemoAdmissions.ToChucSympathiser),
            TongHopDossier = await Case(DemoAdmissions.TongHopDossier),
            TongHopGrassrootsResolved = await Case(DemoAdmissions.TongHopGrassrootsResolved),
            TongHopAppraised = await Case(DemoAdmissions.TongHopAppraised),
            TongHopDecided = await Case(DemoAdmissions.TongHopDecided),
        };
    });
}
