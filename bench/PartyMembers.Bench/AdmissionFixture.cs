using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Calendar;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Domain.Rules;
using PartyMembers.Infrastructure.Persistence;
using PartyMembers.Infrastructure.Seeding;

namespace PartyMembers.Bench;

/// Adds admission cases to the bench database, made by the domain: AdmissionCase.Register, then the pipeline methods
/// in order (course, sympathiser, permission, dossier with documents, introducers and verifications, votes, appraisals,
/// decisions, withdrawals), each stamped by the role the transition table names, with helpers and introducers that are
/// official active members of the case's cell read from the database. Saved through EF in batches of 1,000 cases
/// (AddRange + SaveChanges, then ChangeTracker.Clear()) on a context built by DependencyInjection.Configure only: the
/// audit interceptor is not registered, as in `generate`.
internal static class AdmissionFixture
{
    private const int Batch = 1000;

    /// The stage mix, in per cent of the cases added (sums to 100).
    private static readonly (AdmissionStage Target, int Percent)[] Mix =
    [
        (AdmissionStage.Candidate, 30),
        (AdmissionStage.Sympathiser, 25),
        (AdmissionStage.DossierPermitted, 3),
        (AdmissionStage.DossierOpen, 12),
        (AdmissionStage.CellResolved, 4),
        (AdmissionStage.GrassrootsResolved, 3),
        (AdmissionStage.Appraised, 3),
        (AdmissionStage.Decided, 6),
        (AdmissionStage.NotAdmitted, 4),
        (AdmissionStage.Withdrawn, 10),
    ];

    private sealed record Cell(Guid Id, UnitType Type, AdmissionChain Chain, Guid DecidingUnitId, int Members, IReadOnlyList<IntroducerFacts> Officials);

    public static async Task AddAsync(string dbPath, int count, int seed, Report report)
    {
        var total = Stopwatch.StartNew();
        var options = BenchDb.Options(dbPath);
        var today = VietnamTime.Today(TimeProvider.System);
        var nowUtc = DateTime.UtcNow;
        var rng = new Random(seed);
        var deadlines = new AdmissionDeadlines(await RulesAsync(options), WorkingDayCalendar.StatutoryOnly);
        var cells = await CellsAsync(options);
        var cumulative = new int[cells.Count];
        var sum = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            sum += cells[i].Members;
            cumulative[i] = sum;
        }

        var names = new Names(rng);
        var maker = new CaseMaker(rng, today, nowUtc, deadlines);
        var made = new Dictionary<AdmissionStage, int>();
        var rows = 0;
        var batch = new List<AdmissionCase>(Batch);
        await using var db = new PartyMembersDbContext(options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < count; i++)
        {
            var at = Array.BinarySearch(cumulative, rng.Next(sum) + 1);
            var cell = cells[at >= 0 ? at : ~at];
            var roll = rng.Next(100);
            var target = Mix[^1].Target;
            foreach (var (stage, percent) in Mix)
            {
                if (roll < percent)
                {
                    target = stage;
                    break;
                }

                roll -= percent;
            }

            var admission = maker.Make(cell, target, names);
            made[admission.Stage] = made.GetValueOrDefault(admission.Stage) + 1;
            batch.Add(admission);
            if (batch.Count == Batch || i == count - 1)
            {
                db.AdmissionCases.AddRange(batch);
                rows += db.ChangeTracker.Entries().Count();
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                batch.Clear();
                if ((i + 1) % 10_000 == 0)
                {
                    Console.WriteLine($"  {i + 1:N0} cases, {total.Elapsed.TotalSeconds:F0} s");
                }
            }
        }

        var saved = total.Elapsed;
        await db.Database.ExecuteSqlRawAsync("ANALYZE; PRAGMA optimize;");
        report.Line($"- added {count:N0} admission cases ({rows:N0} rows with their parts) over {cells.Count} cells in {saved.TotalSeconds:F0} s, "
            + $"ANALYZE + PRAGMA optimize {(total.Elapsed - saved).TotalSeconds:F0} s");
        report.Line("- stages made: " + string.Join(", ", made.OrderBy(m => m.Key).Select(m => $"{m.Key} {m.Value:N0}")));
    }

    /// The stored rule book; the bench database has none until the first `admission` run seeds the national catalogue
    /// (what DatabaseInitialiser.SeedRulesAsync does at the application's start).
    private static async Task<RuleBook> RulesAsync(Microsoft.EntityFrameworkCore.DbContextOptions<PartyMembersDbContext> options)
    {
        await using var db = new PartyMembersDbContext(options);
        if (!await db.RuleParameters.AnyAsync())
        {
            foreach (var s in RuleCatalogue.Defaults)
            {
                db.RuleParameters.Add(s.ToParameter());
            }

            await db.SaveChangesAsync();
        }

        return new RuleBook(await db.RuleParameters.AsNoTracking().ToListAsync());
    }

    /// Every unit holding members, with its chain, its member count (cases are spread in proportion) and a few official
    /// active members to act as helper and introducers.
    private static async Task<List<Cell>> CellsAsync(Microsoft.EntityFrameworkCore.DbContextOptions<PartyMembersDbContext> options)
    {
        await using var db = new PartyMembersDbContext(options);
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Type, u.AuthorisedToAdmitAndExpel }).ToDictionaryAsync(u => u.Id);
        var top = units.Values.Single(u => u.ParentId is null).Id;
        var counts = await db.Members.AsNoTracking().GroupBy(m => m.HomeUnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync();
        var cells = new List<Cell>();
        foreach (var c in counts.OrderBy(c => c.UnitId))
        {
            var unit = units[c.UnitId];
            var ancestors = new List<Guid>();
            for (var p = unit.ParentId; p is { } id; p = units[id].ParentId)
            {
                ancestors.Add(id);
            }

            var grassroots = ancestors.Select(a => units[a]).FirstOrDefault(a => a.Type == UnitType.GrassrootsCommittee);
            var chain = new AdmissionChain(ancestors.Any(a => units[a].Type == UnitType.SubCommittee), grassroots is not null,
                grassroots?.AuthorisedToAdmitAndExpel == true);
            var officials = await db.Members.AsNoTracking()
                .Where(m => m.HomeUnitId == c.UnitId && m.Status == ActivityStatus.Active && m.Type == MembershipType.Official)
                .OrderBy(m => m.Id).Take(3)
                .Select(m => new IntroducerFacts(m.Id, m.FullName, true, true, true))
                .ToListAsync();
            if (officials.Count == 3)
            {
                cells.Add(new Cell(c.UnitId, unit.Type, chain, chain.Decider == VoteLevel.StandingCommittee ? top : grassroots!.Id, c.Count, officials));
            }
        }

        return cells;
    }

    private sealed class Names(Random rng)
    {
        private readonly Weighted<string> _family = new(DemoCatalogue.FamilyNames);
        private readonly Weighted<string> _maleMiddle = new(DemoCatalogue.MaleMiddleNames);
        private readonly Weighted<string> _femaleMiddle = new(DemoCatalogue.FemaleMiddleNames);
        private readonly Weighted<string> _maleGiven = new(DemoCatalogue.MaleGivenNames);
        private readonly Weighted<string> _femaleGiven = new(DemoCatalogue.FemaleGivenNames);

        public string Next(Sex sex)
        {
            while (true)
            {
                var middle = sex == Sex.Male ? _maleMiddle.Pick(rng) : _femaleMiddle.Pick(rng);
                var given = sex == Sex.Male ? _maleGiven.Pick(rng) : _femaleGiven.Pick(rng);
                if (!middle.EndsWith(given, StringComparison.Ordinal))
                {
                    return _family.Pick(rng) + " " + middle + " " + given;
                }
            }
        }
    }

    /// Takes one case along the admission path with dates relative to today, stopping at the target stage (or, when the
    /// cell's chain skips it, at the next stage the chain has).
    private sealed class CaseMaker(Random rng, DateOnly today, DateTime nowUtc, AdmissionDeadlines deadlines)
    {
        private int _serial = 100_000;
        private int _decision;

        public AdmissionCase Make(Cell cell, AdmissionStage target, Names names)
        {
            var sex = rng.Next(2) == 0 ? Sex.Male : Sex.Female;
            var dob = new DateOnly(1986 + rng.Next(18), 1 + rng.Next(12), 1 + rng.Next(28));

            // The path below spans about 220 days; the latest step stays in the past.
            var intro = today.AddDays(-(230 + rng.Next(320)));
            var details = new CandidateDetails
            {
                FullName = names.Next(sex),
                Sex = sex,
                DateOfBirth = dob,
                PersonalIdNumber = "042" + PersonalIdNumber.CenturySexDigit(dob.Year, sex).ToString(CultureInfo.InvariantCulture)
                    + (dob.Year % 100).ToString("00", CultureInfo.InvariantCulture) + (_serial++).ToString("000000", CultureInfo.InvariantCulture),
                Occupation = "Chuyên viên",
                Residence = "Thành phố Hà Tĩnh",
                Education = EducationLevel.University,
                Source = CandidateSource.PartyMember,
                SourceDetails = "Đồng chí " + cell.Officials[0].Name,
                IntroducedOn = intro,
            };
            var c = Check(AdmissionCase.Register(details, cell.Id, cell.Type, Stamp(Role.CellSecretary)), "Register");
            var withdraw = target == AdmissionStage.Withdrawn;
            var notAdmitted = target == AdmissionStage.NotAdmitted;
            var stopAt = target switch
            {
                AdmissionStage.Withdrawn => Mixed(AdmissionStage.Candidate, AdmissionStage.Sympathiser, AdmissionStage.DossierOpen),
                AdmissionStage.NotAdmitted => cell.Chain.Decider == VoteLevel.StandingCommittee ? AdmissionStage.Appraised : AdmissionStage.GrassrootsResolved,
                _ => target,
            };
            var complete = stopAt > AdmissionStage.DossierOpen || rng.Next(3) > 0;
            foreach (var (reached, step) in Path(c, cell, intro, complete))
            {
                if (c.Stage == stopAt || (int)c.Stage > (int)stopAt)
                {
                    break;
                }

                step();
                if (c.Stage != reached)
                {
                    throw new InvalidOperationException($"Case at {c.Stage}, expected {reached}");
                }
            }

            var after = Min(c.LastStepDate.AddDays(10), today);
            if (withdraw)
            {
                Ok(c.Withdraw(after, "Chuyển công tác", cell.Chain, Stamp(Role.CellSecretary)), "Withdraw");
            }
            else if (notAdmitted)
            {
                var tally = new VoteTally { Level = cell.Chain.Decider, Registered = 10, Excluded = [], Present = 9, InFavour = 3, Against = 6 };
                Check(c.Decide(new VoteInput(after, "02-NQ/TV", tally, "Chưa đạt"), null, cell.Chain, deadlines, Stamp(cell.Chain.DecidingRole)), "Decide (failing)");
            }

            return c;
        }

        private AdmissionStage Mixed(params AdmissionStage[] stages) => stages[rng.Next(stages.Length)];

        private IEnumerable<(AdmissionStage Stage, Action Step)> Path(AdmissionCase c, Cell cell, DateOnly d0, bool complete)
        {
            var chain = cell.Chain;
            var helper = cell.Officials[0];
            IntroducerFacts[] introducers = [cell.Officials[1], cell.Officials[2]];
            var cellStamp = Stamp(Role.CellSecretary);
            var grassrootsStamp = Stamp(Role.GrassrootsSecretary);
            var boardStamp = Stamp(Role.OrganisationBoard);
            AppraisalInput Forward(DateOnly on) => new(on, true, true, true, "Đủ điều kiện", AppraisalOutcome.Forward);
            VoteInput Passing(VoteLevel level, DateOnly on) =>
                new(on, "01-NQ/CB", new VoteTally { Level = level, Registered = 10, Excluded = [], Present = 9, InFavour = 9, Against = 0 }, null);

            yield return (AdmissionStage.Sympathiser, () =>
            {
                Ok(c.RecordCourse(new CourseInput("Lớp bồi dưỡng nhận thức về Đảng", d0.AddDays(35), d0.AddDays(39), 10, 10, 8.5m, true, "123/GCN",
                    d0.AddDays(43), "Trung tâm Chính trị"), cellStamp), "RecordCourse");
                Ok(c.RecogniseSympathiser(d0.AddDays(63), "05-NQ/CB", helper, "Tham gia phong trào", chain, cellStamp), "RecogniseSympathiser");
            });
            yield return (AdmissionStage.DossierPermitted, () =>
                Ok(c.PermitDossier(new LegalBasis("12-QĐ/ĐU", d0.AddDays(126), "Đảng ủy"), chain, deadlines,
                    chain.HasGrassrootsCommittee ? grassrootsStamp : boardStamp), "PermitDossier"));
            yield return (AdmissionStage.DossierOpen, () =>
            {
                Ok(c.OpenDossier(d0.AddDays(129), chain, cellStamp), "OpenDossier");
                foreach (var kind in new[]
                         {
                             DossierItemKind.Application, DossierItemKind.CandidateResume, DossierItemKind.IntroducerLetter, DossierItemKind.IntroducerLetter,
                             DossierItemKind.OpinionSummary, DossierItemKind.CourseCertificate,
                         })
                {
                    Check(c.AddDocument(kind, d0.AddDays(133), null, cellStamp), "AddDocument");
                }

                foreach (var facts in introducers)
                {
                    Ok(c.AddIntroducer(facts, d0.AddMonths(-26), false, cellStamp), "AddIntroducer");
                }

                // A third of the dossiers left open still wait for replies: the verification due dates then show in the lists.
                var replied = complete;
                foreach (var subject in new[] { VerificationSubject.Candidate, VerificationSubject.Father, VerificationSubject.Mother })
                {
                    var request = Check(c.AddVerification(subject, "Người " + subject, false, "Đảng ủy xã Thạch Đài", d0.AddDays(134), null, deadlines, cellStamp),
                        "AddVerification");
                    if (replied)
                    {
                        Ok(c.RecordVerificationReply(request.Id, d0.AddDays(165), "Không có vấn đề", false, cellStamp), "RecordVerificationReply");
                    }
                }

                if (replied)
                {
                    Check(c.AddDocument(DossierItemKind.VerificationResults, d0.AddDays(170), null, cellStamp), "AddDocument");
                }
            });
            yield return (AdmissionStage.CellResolved, () =>
                Check(c.RecordCellVote(Passing(VoteLevel.Cell, d0.AddDays(189)), introducers, chain, deadlines, cellStamp), "RecordCellVote"));
            if (chain.HasSubCommittee)
            {
                yield return (AdmissionStage.SubCommitteeAppraised, () =>
                    Ok(c.RecordAppraisal(AppraisalLevel.SubCommittee, Forward(d0.AddDays(192)), chain, grassrootsStamp), "SubCommitteeAppraisal"));
            }

            if (chain.HasGrassrootsCommittee)
            {
                yield return (AdmissionStage.GrassrootsResolved, () =>
                    Check(c.RecordGrassrootsVote(Passing(VoteLevel.GrassrootsCommittee, d0.AddDays(196)), chain, deadlines, grassrootsStamp), "GrassrootsVote"));
            }

            if (chain.Decider == VoteLevel.StandingCommittee)
            {
                yield return (AdmissionStage.Appraised, () =>
                    Ok(c.RecordAppraisal(AppraisalLevel.OrganisationBoard, Forward(d0.AddDays(200)), chain, boardStamp), "BoardAppraisal"));
            }

            yield return (AdmissionStage.Decided, () =>
            {
                var decision = new DecisionInput(cell.DecidingUnitId, "Ban Thường vụ", $"{++_decision}-QĐ/TV", d0.AddDays(206), "Nguyễn Văn Chủ", d0.AddDays(208), null);
                Check(c.Decide(Passing(chain.Decider, d0.AddDays(206)), decision, chain, deadlines, Stamp(chain.DecidingRole)), "Decide");
            });
        }

        private ChangeStamp Stamp(Role role) => new(null, "bench", role, nowUtc, today);

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

        private static void Ok(Result result, string what)
        {
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(what + ": " + string.Join(", ", result.Errors));
            }
        }

        private static T Check<T>(Result<T> result, string what)
            where T : class =>
            result.Value ?? throw new InvalidOperationException(what + ": " + string.Join(", ", result.Errors));
    }
}
