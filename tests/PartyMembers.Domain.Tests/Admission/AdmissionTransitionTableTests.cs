using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Testing;

namespace PartyMembers.Domain.Tests.Admission;

/// The admission table against the chains of bodies written out by hand from the domain reference (§1.3, §3.5, §4.3):
/// every (stage, trigger) pair, for each of the four chains.
public class AdmissionTransitionTableTests
{
    private const Role Cell = Role.CellSecretary;
    private const Role Grassroots = Role.GrassrootsSecretary;
    private const Role Board = Role.OrganisationBoard;
    private const Role Standing = Role.StandingCommittee;

    public static TheoryData<string> Chains => new(ChainsByName.Keys);

    private static readonly Dictionary<string, AdmissionChain> ChainsByName = new()
    {
        ["NoSubCommittee"] = AdmissionChains.NoSubCommittee,
        ["WithSubCommittee"] = AdmissionChains.WithSubCommittee,
        ["GrassrootsCell"] = AdmissionChains.GrassrootsCell,
        ["AuthorisedGrassroots"] = AdmissionChains.AuthorisedGrassroots,
    };

    internal static AdmissionChain Chain(string name) => ChainsByName[name];

    /// The documented rows of a chain: (from, trigger) → (to, roles).
    internal static Dictionary<(AdmissionStage, AdmissionTrigger), (AdmissionStage To, Role[] Roles)> Expected(string chainName)
    {
        var rows = new Dictionary<(AdmissionStage, AdmissionTrigger), (AdmissionStage, Role[])>();
        void Row(AdmissionStage from, AdmissionTrigger trigger, AdmissionStage to, params Role[] roles) => rows.Add((from, trigger), (to, roles));

        var decider = chainName == "AuthorisedGrassroots" ? Grassroots : Standing;
        Row(AdmissionStage.Candidate, AdmissionTrigger.RecogniseSympathiser, AdmissionStage.Sympathiser, Cell);
        Row(AdmissionStage.Sympathiser, AdmissionTrigger.PermitDossier, AdmissionStage.DossierPermitted, chainName == "GrassrootsCell" ? Board : Grassroots);
        Row(AdmissionStage.DossierPermitted, AdmissionTrigger.OpenDossier, AdmissionStage.DossierOpen, Cell);
        Row(AdmissionStage.DossierOpen, AdmissionTrigger.CellVote, AdmissionStage.CellResolved, Cell);
        Row(AdmissionStage.Escalated, AdmissionTrigger.Decide, AdmissionStage.Decided, decider);
        Row(AdmissionStage.Decided, AdmissionTrigger.HoldCeremony, AdmissionStage.Probation, Cell);
        Row(AdmissionStage.Probation, AdmissionTrigger.RecognitionCellVote, AdmissionStage.RecognitionCellResolved, Cell);
        Row(AdmissionStage.RecognitionEscalated, AdmissionTrigger.RecognitionDecide, AdmissionStage.Recognised, decider);
        foreach (var stage in new[]
                 {
                     AdmissionStage.Candidate, AdmissionStage.Sympathiser, AdmissionStage.DossierPermitted, AdmissionStage.DossierOpen,
                     AdmissionStage.CellResolved, AdmissionStage.SubCommitteeAppraised, AdmissionStage.GrassrootsResolved,
                     AdmissionStage.Appraised, AdmissionStage.Escalated, AdmissionStage.Decided,
                 })
        {
            Row(stage, AdmissionTrigger.Withdraw, AdmissionStage.Withdrawn, Cell, Grassroots, Board);
        }

        // Rows from stages this chain never reaches itself: a case appraised by a sub-committee before the cell left it
        // goes on to the grassroots vote (the chain is read from where the cell sits now).
        void AfterSubCommitteeDissolved()
        {
            Row(AdmissionStage.SubCommitteeAppraised, AdmissionTrigger.GrassrootsVote, AdmissionStage.GrassrootsResolved, Grassroots);
            Row(AdmissionStage.RecognitionSubCommitteeAppraised, AdmissionTrigger.RecognitionGrassrootsVote, AdmissionStage.RecognitionGrassrootsResolved, Grassroots);
        }

        switch (chainName)
        {
            case "NoSubCommittee":
                Row(AdmissionStage.CellResolved, AdmissionTrigger.GrassrootsVote, AdmissionStage.GrassrootsResolved, Grassroots);
                Row(AdmissionStage.GrassrootsResolved, AdmissionTrigger.BoardAppraisal, AdmissionStage.Appraised, Board);
                Row(AdmissionStage.Appraised, AdmissionTrigger.Decide, AdmissionStage.Decided, Standing);
                Row(AdmissionStage.RecognitionCellResolved, AdmissionTrigger.RecognitionGrassrootsVote, AdmissionStage.RecognitionGrassrootsResolved, Grassroots);
                Row(AdmissionStage.RecognitionGrassrootsResolved, AdmissionTrigger.RecognitionBoardAppraisal, AdmissionStage.RecognitionAppraised, Board);
                Row(AdmissionStage.RecognitionAppraised, AdmissionTrigger.RecognitionDecide, AdmissionStage.Recognised, Standing);
                AfterSubCommitteeDissolved();
                break;
            case "WithSubCommittee":
                Row(AdmissionStage.CellResolved, AdmissionTrigger.SubCommitteeAppraisal, AdmissionStage.SubCommitteeAppraised, Grassroots);
                Row(AdmissionStage.SubCommitteeAppraised, AdmissionTrigger.GrassrootsVote, AdmissionStage.GrassrootsResolved, Grassroots);
                Row(AdmissionStage.GrassrootsResolved, AdmissionTrigger.BoardAppraisal, AdmissionStage.Appraised, Board);
                Row(AdmissionStage.Appraised, AdmissionTrigger.Decide, AdmissionStage.Decided, Standing);
                Row(AdmissionStage.RecognitionCellResolved, AdmissionTrigger.RecognitionSubCommitteeAppraisal, AdmissionStage.RecognitionSubCommitteeAppraised, Grassroots);
                Row(AdmissionStage.RecognitionSubCommitteeAppraised, AdmissionTrigger.RecognitionGrassrootsVote, AdmissionStage.RecognitionGrassrootsResolved, Grassroots);
                Row(AdmissionStage.RecognitionGrassrootsResolved, AdmissionTrigger.RecognitionBoardAppraisal, AdmissionStage.RecognitionAppraised, Board);
                Row(AdmissionStage.RecognitionAppraised, AdmissionTrigger.RecognitionDecide, AdmissionStage.Recognised, Standing);
                break;
            case "GrassrootsCell":
                Row(AdmissionStage.CellResolved, AdmissionTrigger.BoardAppraisal, AdmissionStage.Appraised, Board);
                Row(AdmissionStage.Appraised, AdmissionTrigger.Decide, AdmissionStage.Decided, Standing);
                Row(AdmissionStage.RecognitionCellResolved, AdmissionTrigger.RecognitionBoardAppraisal, AdmissionStage.RecognitionAppraised, Board);
                Row(AdmissionStage.RecognitionAppraised, AdmissionTrigger.RecognitionDecide, AdmissionStage.Recognised, Standing);

                // A case whose grassroots committee resolved before the cell became a grassroots cell goes on to the board.
                Row(AdmissionStage.GrassrootsResolved, AdmissionTrigger.BoardAppraisal, AdmissionStage.Appraised, Board);
                Row(AdmissionStage.RecognitionGrassrootsResolved, AdmissionTrigger.RecognitionBoardAppraisal, AdmissionStage.RecognitionAppraised, Board);
                break;
            case "AuthorisedGrassroots":
                Row(AdmissionStage.CellResolved, AdmissionTrigger.GrassrootsVote, AdmissionStage.GrassrootsResolved, Grassroots);
                Row(AdmissionStage.GrassrootsResolved, AdmissionTrigger.Decide, AdmissionStage.Decided, Grassroots);
                Row(AdmissionStage.RecognitionCellResolved, AdmissionTrigger.RecognitionGrassrootsVote, AdmissionStage.RecognitionGrassrootsResolved, Grassroots);
                Row(AdmissionStage.RecognitionGrassrootsResolved, AdmissionTrigger.RecognitionDecide, AdmissionStage.Recognised, Grassroots);
                AfterSubCommitteeDissolved();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(chainName), chainName, null);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Chains))]
    public void Every_stage_and_trigger_pair_is_allowed_exactly_as_documented(string chainName)
    {
        var chain = Chain(chainName);
        var expected = Expected(chainName);
        var mismatches = new List<string>();
        foreach (var stage in Enum.GetValues<AdmissionStage>())
        {
            foreach (var trigger in Enum.GetValues<AdmissionTrigger>())
            {
                var row = AdmissionTransitions.Find(stage, trigger, chain);
                var documented = expected.TryGetValue((stage, trigger), out var e) ? e : ((AdmissionStage To, Role[] Roles)?)null;
                if (row?.To != documented?.To)
                {
                    mismatches.Add($"{stage} --{trigger}--> table {row?.To.ToString() ?? "none"}, documented {documented?.To.ToString() ?? "none"}");
                }
                else if (row is not null && !AdmissionTransitions.RoleFor(row, chain).SetEquals(documented!.Value.Roles))
                {
                    mismatches.Add($"{stage} --{trigger}: roles [{string.Join(",", AdmissionTransitions.RoleFor(row, chain))}], documented [{string.Join(",", documented.Value.Roles)}]");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [MemberData(nameof(Chains))]
    public void Available_lists_for_each_role_exactly_the_documented_triggers(string chainName)
    {
        var chain = Chain(chainName);
        var expected = Expected(chainName);
        foreach (var stage in Enum.GetValues<AdmissionStage>())
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                var available = AdmissionTransitions.Available(stage, chain, role).Select(t => t.Trigger).Order().ToList();
                var documented = expected.Where(kv => kv.Key.Item1 == stage && kv.Value.Roles.Contains(role)).Select(kv => kv.Key.Item2).Order().ToList();
                Assert.True(documented.SequenceEqual(available), $"{stage}/{role}: [{string.Join(",", available)}] vs [{string.Join(",", documented)}]");
            }
        }
    }

    [Fact]
    public void Each_row_names_a_source_and_roles_and_no_closed_stage_leads_anywhere()
    {
        Assert.All(AdmissionTransitions.All, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Source));
            Assert.NotEmpty(t.Roles);
            Assert.False(AdmissionTransitions.IsClosed(t.From), t.ToString());
        });
    }

    [Theory]
    [InlineData(AdmissionStage.NotAdmitted, true, false)]
    [InlineData(AdmissionStage.Recognised, true, true)]
    [InlineData(AdmissionStage.RemovedFromList, true, true)]
    [InlineData(AdmissionStage.Withdrawn, true, false)]
    [InlineData(AdmissionStage.Decided, false, false)]
    [InlineData(AdmissionStage.Probation, false, true)]
    [InlineData(AdmissionStage.RecognitionEscalated, false, true)]
    public void Closed_and_member_stages(AdmissionStage stage, bool closed, bool member)
    {
        Assert.Equal(closed, AdmissionTransitions.IsClosed(stage));
        Assert.Equal(member, AdmissionTransitions.IsMember(stage));
    }

    [Fact]
    public void The_decider_is_the_authorised_grassroots_committee_only_when_there_is_one()
    {
        Assert.Equal(VoteLevel.AuthorisedGrassrootsCommittee, AdmissionChains.AuthorisedGrassroots.Decider);
        Assert.Equal(Role.GrassrootsSecretary, AdmissionChains.AuthorisedGrassroots.DecidingRole);
        var cellWithFlag = new AdmissionChain(HasSubCommittee: false, HasGrassrootsCommittee: false, GrassrootsAuthorisedToAdmit: true);
        Assert.Equal(VoteLevel.StandingCommittee, cellWithFlag.Decider);
        Assert.Equal(Role.StandingCommittee, cellWithFlag.DecidingRole);
    }
}
