using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.WorkLife;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Study;

/// The pages that add to a member's study record: the member is loaded, and the user must keep the registry over the
/// member's home cell (cell or grassroots secretary, organisation board) and the record must be open.
public abstract class StudyPageModel(WorkLifeAccess access, PartyMembersDbContext db) : WorkLifePageModel(db)
{
    public WorkMember Target { get; private set; } = null!;

    public StudyRecord Record { get; private set; } = null!;

    public ActiveAssignment Acting { get; private set; } = null!;

    protected WorkLifeAccess Access => access;

    protected abstract string TitleKey { get; }

    protected async Task<IActionResult?> PrepareAsync(Guid id, bool track)
    {
        var (found, target) = await access.LoadMemberAsync(id, track);
        if (found != Features.Members.Access.Granted)
        {
            return Refuse(found);
        }

        Target = target!;
        if (await access.RegistryKeeperOverAsync(Target.Home) is not { } acting || Target.Member.IsClosed)
        {
            return Forbid();
        }

        Acting = acting;
        var records = track ? Db.StudyRecords : Db.StudyRecords.AsNoTracking();
        var record = await records.Include(r => r.Levels).Include(r => r.Courses).AsSplitQuery().FirstOrDefaultAsync(r => r.MemberId == id);
        if (record is null)
        {
            record = StudyRecord.For(id);
            if (track)
            {
                Db.StudyRecords.Add(record);
            }
        }

        Record = record;
        if (!track)
        {
            Version = Record.Version;
        }

        ViewData["Title"] = T[TitleKey];
        ViewData["Breadcrumb"] = new List<Breadcrumb>
        {
            new(Target.Member.FullName, $"/Members/Details/{id}"), new(T["WorkLife.Study.Title"], $"/Study/{id}"), new(T[TitleKey]),
        };
        return null;
    }

    protected Task Reload(Guid id) => PrepareAsync(id, track: false);
}
