using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Features.WorkLife;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Study;

/// A member's study record: the current political theory level and its history, the new-member course (from the
/// admission case, or recorded here for members admitted before the system) and the other courses attended.
public sealed class IndexModel(WorkLifeAccess access, PartyMembersDbContext db) : AppPageModel
{
    public WorkMember Target { get; private set; } = null!;

    public StudyRecord? Record { get; private set; }

    public (string? Certificate, DateOnly Date, string? Issuer)? CaseCourse { get; private set; }

    public bool CanRecord { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (found, target) = await access.LoadMemberAsync(id);
        if (found != Features.Members.Access.Granted)
        {
            return found == Features.Members.Access.NotFound ? NotFound() : Forbid();
        }

        Target = target!;
        await JournalAsync(PartyMembers.Infrastructure.Auditing.AccessKind.View, "StudyRecord", id.ToString(), id);
        Record = await db.StudyRecords.AsNoTracking().Include(r => r.Levels).Include(r => r.Courses).AsSplitQuery()
            .FirstOrDefaultAsync(r => r.MemberId == id);
        var course = await db.AdmissionCases.AsNoTracking().Where(c => c.MemberId == id && c.NewMemberCourseDate != null)
            .Select(c => new { c.NewMemberCourseCertificate, c.NewMemberCourseDate, c.NewMemberCourseIssuer }).FirstOrDefaultAsync();
        CaseCourse = course is null ? null : (course.NewMemberCourseCertificate, course.NewMemberCourseDate!.Value, course.NewMemberCourseIssuer);
        CanRecord = !Target.Member.IsClosed && await access.RegistryKeeperOverAsync(Target.Home) is not null;
        ViewData["Title"] = T["WorkLife.Study.Title"];
        ViewData["Breadcrumb"] = new List<Breadcrumb> { new(Target.Member.FullName, $"/Members/Details/{id}"), new(T["WorkLife.Study.Title"]) };
        return Page();
    }
}
