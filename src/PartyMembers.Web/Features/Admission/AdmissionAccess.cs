using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Web.Authorization;
using PartyMembers.Web.Features.Members;
using PartyMembers.Web.Features.Rules;

namespace PartyMembers.Web.Features.Admission;

/// A case loaded for a page: the case, its cell, the chain of bodies above the cell, and the user's assignments that
/// cover the cell.
public sealed record LoadedCase(Access Access, AdmissionCase? Case, UnitInfo? Cell, AdmissionChain? Chain, IReadOnlyList<ActiveAssignment> Covering)
{
    public AdmissionCase Value => Case!;
}

/// Loads admission cases and decides, on the server, who may do what with them: a case is read by the member readers
/// whose assignments cover its cell; a step is taken only by a role the transition table gives it, holding that role in
/// the unit of the right level above the cell (the cell itself, its sub-committee, its grassroots committee, or the
/// upper committee), and only in the stage that allows it.
public sealed class AdmissionAccess(PartyMembersDbContext db, UnitDirectory directory, CurrentUser currentUser, RuleBookProvider rules, TimeProvider clock)
{
    private AdmissionDeadlines? _deadlines;
    private HashSet<Guid>? _authorised;

    public async Task<LoadedCase> LoadAsync(Guid id, bool track = false)
    {
        var cases = track ? db.AdmissionCases : db.AdmissionCases.AsNoTracking();
        var found = await cases
            .Include(c => c.Courses).Include(c => c.Documents).Include(c => c.Attachments).Include(c => c.Introducers)
            .Include(c => c.Verifications).Include(c => c.Votes).ThenInclude(v => v.Exclusions).Include(c => c.Appraisals)
            .Include(c => c.Decisions).Include(c => c.Steps)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id);
        if (found is null)
        {
            return new LoadedCase(Access.NotFound, null, null, null, []);
        }

        var cell = (await directory.FindAsync(found.CellId))!;
        var covering = await currentUser.CoveringAsync(cell.Path, RoleRules.CanReadMembers);
        if (covering.Count == 0)
        {
            return new LoadedCase(Access.Forbidden, null, null, null, []);
        }

        return new LoadedCase(Access.Granted, found, cell, await ChainAsync(cell), covering);
    }

    /// The bodies above a cell: a sub-committee parent, a grassroots committee ancestor and its authorisation to admit.
    public async Task<AdmissionChain> ChainAsync(UnitInfo cell)
    {
        var ancestors = cell.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Guid.ParseExact(s, "N")).ToList();
        var units = new List<UnitInfo>();
        foreach (var unitId in ancestors)
        {
            if (await directory.FindAsync(unitId) is { } unit)
            {
                units.Add(unit);
            }
        }

        var hasSub = units.Any(u => u.Type == UnitType.SubCommittee);
        var grassroots = units.FirstOrDefault(u => u.Type == UnitType.GrassrootsCommittee);
        var authorised = grassroots is not null && (await AuthorisedUnitsAsync()).Contains(grassroots.Id);
        return new AdmissionChain(hasSub, grassroots is not null, authorised);
    }

    /// The units authorised to admit, read once per request (lists compute a chain for every cell they show).
    private async Task<HashSet<Guid>> AuthorisedUnitsAsync() =>
        _authorised ??= (await db.Units.AsNoTracking().Where(u => u.AuthorisedToAdmitAndExpel).Select(u => u.Id).ToListAsync()).ToHashSet();

    /// The assignment through which the user may take a step on the case now, or null. The role must be one the table
    /// gives the step, held in a unit of the step's level.
    public ActiveAssignment? ActingFor(LoadedCase loaded, AdmissionTrigger trigger) =>
        ActingFor(loaded.Value.Stage, loaded.Chain!, loaded.Cell!, loaded.Covering, trigger);

    /// The same, for a case known only by its stage, chain and cell (lists read no more of it).
    public static ActiveAssignment? ActingFor(AdmissionStage stage, AdmissionChain chain, UnitInfo cell, IEnumerable<ActiveAssignment> covering, AdmissionTrigger trigger)
    {
        var transition = AdmissionTransitions.Find(stage, trigger, chain);
        if (transition is null)
        {
            return null;
        }

        var roles = AdmissionTransitions.RoleFor(transition, chain);
        return covering.FirstOrDefault(a => roles.Contains(a.Role) && LevelFits(a, trigger, cell));
    }

    /// The assignment through which the user records data in the cell's dossier (cell secretary of the cell).
    public static ActiveAssignment? CellSecretary(LoadedCase loaded) =>
        loaded.Covering.FirstOrDefault(a => a.Role == Role.CellSecretary && a.UnitId == loaded.Cell!.Id);

    /// The steps the user may take now.
    public IReadOnlyList<AdmissionTrigger> AvailableSteps(LoadedCase loaded) =>
        Enum.GetValues<AdmissionTrigger>().Where(t => ActingFor(loaded, t) is not null).ToList();

    public async Task<AdmissionDeadlines> DeadlinesAsync() =>
        _deadlines ??= new AdmissionDeadlines(await rules.RulesAsync(), await rules.CalendarAsync());

    public ChangeStamp Stamp(ActiveAssignment acting) =>
        new(currentUser.UserId, currentUser.UserName, acting.Role, clock.GetUtcNow().UtcDateTime, VietnamTime.Today(clock));

    public DateOnly Today => VietnamTime.Today(clock);

    /// Official, active members of the units inside the candidate's grassroots organisation (for helpers and
    /// introducers), by name.
    public async Task<IReadOnlyList<MemberChoice>> OfficialMembersNearAsync(UnitInfo cell)
    {
        var grassroots = await GrassrootsPathAsync(cell);
        return await db.Members.AsNoTracking()
            .Where(m => m.Type == MembershipType.Official && m.Status == ActivityStatus.Active)
            .Join(db.Units.Where(u => u.Path.StartsWith(grassroots)), m => m.HomeUnitId, u => u.Id, (m, u) => new { m.Id, m.FullName, m.SearchName, Unit = u.Name, Own = u.Id == cell.Id })
            .OrderByDescending(x => x.Own).ThenBy(x => x.SearchName).ThenBy(x => x.Id)
            .Take(500)
            .Select(x => new MemberChoice(x.Id, x.FullName, x.Unit))
            .ToListAsync();
    }

    /// What the registry says about a member as a helper or introducer for a case in <paramref name="cell"/>.
    public async Task<IntroducerFacts?> FactsAsync(Guid memberId, UnitInfo cell)
    {
        var grassroots = await GrassrootsPathAsync(cell);
        var found = await db.Members.AsNoTracking().Where(m => m.Id == memberId)
            .Join(db.Units, m => m.HomeUnitId, u => u.Id, (m, u) => new { m.Id, m.FullName, m.Type, m.Status, u.Path })
            .FirstOrDefaultAsync();
        return found is null ? null : new IntroducerFacts(found.Id, found.FullName, found.Type == MembershipType.Official,
            MemberTransitions.IsCounted(found.Status) && found.Status != ActivityStatus.Suspended, found.Path.StartsWith(grassroots, StringComparison.Ordinal));
    }

    /// The path of the grassroots organisation the cell belongs to (the cell itself for a grassroots cell).
    public async Task<string> GrassrootsPathAsync(UnitInfo cell)
    {
        foreach (var segment in cell.Path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var unit = await directory.FindAsync(Guid.ParseExact(segment, "N"));
            if (unit is not null && UnitTypeRules.IsGrassroots(unit.Type))
            {
                return unit.Path;
            }
        }

        return cell.Path;
    }

    private static bool LevelFits(ActiveAssignment a, AdmissionTrigger trigger, UnitInfo cell) => trigger switch
    {
        AdmissionTrigger.RecogniseSympathiser or AdmissionTrigger.OpenDossier or AdmissionTrigger.CellVote or AdmissionTrigger.HoldCeremony
            or AdmissionTrigger.RecognitionCellVote => a.UnitId == cell.Id,
        AdmissionTrigger.SubCommitteeAppraisal or AdmissionTrigger.RecognitionSubCommitteeAppraisal => a.UnitType == UnitType.SubCommittee,
        AdmissionTrigger.PermitDossier or AdmissionTrigger.GrassrootsVote or AdmissionTrigger.RecognitionGrassrootsVote =>
            a.Role == Role.OrganisationBoard || UnitTypeRules.IsGrassroots(a.UnitType),
        AdmissionTrigger.Decide or AdmissionTrigger.RecognitionDecide =>
            a.Role == Role.StandingCommittee || a.UnitType == UnitType.GrassrootsCommittee,
        AdmissionTrigger.Withdraw => a.Role != Role.CellSecretary || a.UnitId == cell.Id,
        _ => true,
    };
}

/// A member offered in a drop-down.
public sealed record MemberChoice(Guid Id, string Name, string Unit);
