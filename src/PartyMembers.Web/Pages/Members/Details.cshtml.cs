using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.Rules;
using PartyMembers.Web.Infrastructure;

namespace PartyMembers.Web.Pages.Members;

/// A member's record, party age and next Party badge, and their membership history (status changes with their
/// decisions).
public sealed class DetailsModel(
    MemberAccess access, PartyMembersDbContext db, CurrentUser currentUser, RuleBookProvider rules, TimeProvider clock) : AppPageModel
{
    public Member Member { get; private set; } = null!;

    public OrganisationUnit Unit { get; private set; } = null!;

    public IReadOnlyList<EventRow> History { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool CanChangeStatus { get; private set; }

    /// The organisation board and inspection committee see a link to the member's audit history.
    public bool CanReadAudit { get; private set; }
    /// The sensitive fields this user may see on this member (<see cref="FieldAccess"/>); the others are masked here, on the server.
    public FieldView Fields { get; private set; } = FieldView.None;

    /// The party age today, or on the day the record closed (death, transfer out, leaving) for a closed record.
    public PartyAgeValue Age { get; private set; } = new(0, 0, 0);

    public DateOnly AgeAsOf { get; private set; }

    /// Days without party activity subtracted from the age (see <see cref="PartyAge.GapsFrom"/>).
    public int DaysWithoutActivity { get; private set; }

    public BadgeDue? NextBadge { get; private set; }

    /// Why there is no next badge: the text key to show instead.
    public string? NoNextBadgeKey { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var loaded = await access.LoadAsync(id, UnitOperations.ReadMembers);
        if (loaded.Access == Access.NotFound)
        {
            return NotFound();
        }

        if (loaded.Access == Access.Forbidden)
        {
            return Forbid();
        }

        Member = loaded.Member!;
        Unit = loaded.Unit!;
        await JournalAsync(PartyMembers.Infrastructure.Auditing.AccessKind.View, nameof(Domain.Members.Member), Member.Id.ToString(), Member.Id);
        var ancestry = await access.AncestryAsync(Unit);
        ViewData["Breadcrumb"] = ancestry.Select(u => new Breadcrumb(u.Name)).Append(new Breadcrumb(Member.FullName)).ToList();

        var events = await (
                from e in db.MemberEvents.AsNoTracking()
                where e.MemberId == id
                join u in db.Units on e.UnitId equals u.Id
                orderby e.EffectiveDate descending, e.Sequence descending
                select new { Event = e, UnitName = u.Name })
            .ToListAsync();
        History = events.Select(x => EventRow.Of(x.Event, x.UnitName)).ToList();
        await ComputePartyAgeAsync(events.Select(x => x.Event).ToList());

        var covering = await currentUser.CoveringAsync(Unit.Path, _ => true);
        CanReadAudit = Audit.AuditPageModel.MayRead(await currentUser.AssignmentsAsync());
        Fields = FieldAccess.From(covering);
        CanEdit = !Member.IsClosed && covering.Any(a => RoleRules.CanEditMembers(a.Role));
        CanChangeStatus = covering.Any(a => Member.AvailableTransitions(a.Role).Any(t => !ChangeStatusModel.RecordedElsewhere.Contains(t.Event)));
        return Page();
    }

    private async Task ComputePartyAgeAsync(IReadOnlyList<MemberEvent> events)
    {
        var today = VietnamTime.Today(clock);
        var gaps = PartyAge.GapsFrom(events);

        // A closed record stops where it closed: after that the member is dead, elsewhere or out of the Party.
        AgeAsOf = Member.IsClosed && Member.LastEventDate < today ? Member.LastEventDate : today;
        Age = PartyAge.Age(Member.AdmissionDecisionDate, gaps, AgeAsOf);
        DaysWithoutActivity = Math.Max(0, AgeAsOf.DayNumber - Member.AdmissionDecisionDate.DayNumber - Age.TotalDays);

        if (Member.IsClosed)
        {
            NoNextBadgeKey = "PartyAge.NextBadge.Closed";
            return;
        }

        IReadOnlyList<int> milestones;
        try
        {
            milestones = PartyAge.Milestones(await rules.RulesAsync(), today);
        }
        catch (Exception ex) when (ex is RuleNotInForceException or FormatException)
        {
            // The administrator keeps the rule; a missing or malformed version must not hide the member's record.
            NoNextBadgeKey = "PartyAge.NextBadge.RuleMissing";
            return;
        }

        NextBadge = PartyAge.NextBadge(Member.AdmissionDecisionDate, gaps, milestones, today);
        NoNextBadgeKey = NextBadge is null ? "PartyAge.NextBadge.None" : null;
    }

    public sealed record EventRow(
        MemberEventKind Kind, DateOnly EffectiveDate, string UnitName, MembershipType Type, ActivityStatus Status, ExitForm? ExitForm,
        LegalBasis? Basis, string? Reason, string RecordedBy, DateTime RecordedAtUtc)
    {
        public static EventRow Of(MemberEvent e, string unitName) =>
            new(e.Kind, e.EffectiveDate, unitName, e.Type, e.Status, e.ExitForm, e.Basis, e.Reason, e.RecordedByName, e.RecordedAtUtc);
    }
}
