using System.Globalization;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;

namespace PartyMembers.Infrastructure.Seeding;

/// A unit of the generated tree with what the generator needs to know about it.
internal sealed class DemoUnitNode(DemoUnitPlan plan, OrganisationUnit unit, DemoUnitNode? parent)
{
    public DemoUnitPlan Plan { get; } = plan;

    public OrganisationUnit Unit { get; } = unit;

    /// The grassroots organisation the unit belongs to (itself for a grassroots unit; null for the top unit).
    public DemoUnitNode? Grassroots { get; } =
        UnitTypeRules.IsGrassroots(plan.Type) ? null : parent?.Grassroots ?? (parent is not null && UnitTypeRules.IsGrassroots(parent.Plan.Type) ? parent : null);

    public DemoUnitNode GrassrootsOrSelf => Grassroots ?? this;

    public bool HoldsMembers => UnitTypeRules.CanHoldMembers(Plan.Type);

    /// Cells are named "Chi bộ Phòng Tổng hợp"; the workplace is the rest ("Phòng Tổng hợp").
    public string Workplace => Unit.Name.StartsWith("Chi bộ ", StringComparison.Ordinal) ? Unit.Name["Chi bộ ".Length..] : Unit.Name;
}

/// A generated member and where the generator has put them.
internal sealed class DemoMember(Member member, DemoUnitNode unit)
{
    public Member Member { get; } = member;

    public DemoUnitNode Unit { get; set; } = unit;

    /// Kept as registered (the named test members and the account holders).
    public bool Reserved { get; set; }

    /// The status example the member was picked for, so that each member is picked once.
    public string? Scenario { get; set; }
}

/// Builds the demo organisation and its members in memory, entirely through the domain's factories and named
/// transitions, drawing everything from one seeded <see cref="Random"/> in a fixed order so that a seed always gives
/// the same data. Nothing here touches the database.
internal sealed class DemoDataGenerator
{
    public const string RecordedBy = "Dữ liệu mẫu";

    /// The post-2025 organisation starts here (the provincial reorganisation of 01/7/2025).
    public static readonly DateOnly EstablishedOn = new(2025, 7, 1);

    /// Status changes happen after the establishment and before today; three months is the least room they need
    /// (a transfer out is received weeks after its letter).
    public static readonly DateOnly EarliestToday = new(2025, 10, 1);

    private const int ProbationMonths = 12;
    private const string ResumeProvinceCode = "HT";

    private readonly Random _rng;
    private readonly DemoSeedOptions _options;
    private readonly DateOnly _today;
    private readonly DateTime _nowUtc;
    private readonly HashSet<int> _idSerials = [];
    private readonly HashSet<int> _resumeNumbers = [];
    private readonly HashSet<int> _oldCardNumbers = [];
    private readonly HashSet<string> _fixedNames = new(StringComparer.Ordinal) { DemoMembers.Dao, DemoMembers.TranVanDao, DemoMembers.LeThiDao };
    private readonly Dictionary<string, DemoUnitNode> _unitsByCode = new(StringComparer.Ordinal);
    private readonly List<DemoUnitNode> _units = [];
    private readonly List<DemoMember> _members = [];
    private readonly Dictionary<string, string> _secretaries = new(StringComparer.Ordinal);
    private readonly string _topCommittee;
    private readonly Dictionary<string, int> _decisionNumbers = new(StringComparer.Ordinal);

    public DemoDataGenerator(DemoSeedOptions options, DateTime nowUtc)
    {
        if (options.Today < EarliestToday)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Today,
                $"Today must be on or after {EarliestToday:yyyy-MM-dd}: the demo organisation is established on {EstablishedOn:yyyy-MM-dd}.");
        }

        if (options.MemberCount < DemoSeedOptions.MinimumMemberCount)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MemberCount,
                $"MemberCount must be at least {DemoSeedOptions.MinimumMemberCount}.");
        }

        var unknown = DemoCatalogue.BirthProvinces.Select(p => p.Value).Where(p => !PersonalIdNumber.Provinces.Contains(p)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException("Demo province codes not in PersonalIdNumber.Provinces: " + string.Join(", ", unknown));
        }

        _options = options;
        _rng = new Random(options.Seed);
        _today = options.Today;
        _nowUtc = nowUtc;
        _topCommittee = CommitteeName(VietnameseText.Tidy(options.TopUnitName));
    }

    public IReadOnlyList<DemoUnitNode> Units => _units;

    public IReadOnlyList<DemoMember> Members => _members;

    public DemoUnitNode Unit(string code) => _unitsByCode[code];

    /// The display name of the member chosen as secretary of the cell with this code.
    public string SecretaryOf(string cellCode) => _secretaries[cellCode];

    private string TopStanding => Issuer("Ban Thường vụ " + _topCommittee);

    private string TopInspection => Issuer("Ủy ban Kiểm tra " + _topCommittee);

    public void Generate()
    {
        BuildUnits();
        BuildMembers();
        ChooseSecretaries();
        RecordHistory();
    }

    /// "Đảng bộ X" is led by "Đảng ủy X"; a cell decides as itself.
    public static string CommitteeName(string unitName) =>
        unitName.StartsWith("Đảng bộ ", StringComparison.Ordinal) ? "Đảng ủy " + unitName["Đảng bộ ".Length..] : unitName;

    private static string Issuer(string name) => name.Length <= LegalBasis.IssuerMaxLength ? name : name[..LegalBasis.IssuerMaxLength];

    private ChangeStamp Stamp(Role role) => new(null, RecordedBy, role, _nowUtc, _today);

    // ---- Organisation ----------------------------------------------------------------------------------------------

    private void BuildUnits()
    {
        foreach (var plan in DemoCatalogue.Units)
        {
            DemoUnitNode? parent = plan.ParentCode is null ? null : _unitsByCode[plan.ParentCode];
            Result<OrganisationUnit> created;
            if (parent is null)
            {
                created = OrganisationUnit.CreateRoot(plan.Type, _options.TopUnitName, plan.Code, EstablishedOn,
                    new LegalBasis("Quyết định 12-QĐ/TU", EstablishedOn.AddDays(-4), "Ban Thường vụ Tỉnh ủy"), _today);
            }
            else
            {
                var (established, decision) = Establishment(plan, parent);
                created = parent.Unit.CreateChild(plan.Type, plan.Name, plan.Code, established, decision, _today);
            }

            var unit = Check(created, "create unit " + plan.Code);
            var node = new DemoUnitNode(plan, unit, parent);
            _units.Add(node);
            _unitsByCode.Add(plan.Code, node);
        }

        // The largest grassroots committee (over 100 members, rated well) is authorised to admit and expel (Q294 §22).
        Check(_unitsByCode[DemoUnits.BaoCommitteeCode].Unit.SetAuthorisationToAdmit(true), "authorise " + DemoUnits.BaoCommitteeCode);
    }

    /// Grassroots organisations are set up by the top unit's standing committee; cells and sub-committees by their
    /// grassroots committee (a sub-committee has no say on organisation); party groups by their cell's resolution.
    private (DateOnly Established, LegalBasis Decision) Establishment(DemoUnitPlan plan, DemoUnitNode parent)
    {
        if (plan.Type == UnitType.PartyGroup)
        {
            var date = EstablishedOn.AddDays(14);
            return (date, new LegalBasis("Nghị quyết 01-NQ/CB", date, Issuer(parent.Unit.Name)));
        }

        // Each issuer numbers its own decisions.
        var issuer = parent.Plan.ParentCode is null ? TopStanding : Issuer(CommitteeName(parent.GrassrootsOrSelf.Unit.Name));
        var sequence = _decisionNumbers.GetValueOrDefault(issuer) + 1;
        _decisionNumbers[issuer] = sequence;
        var number = string.Create(CultureInfo.InvariantCulture, $"Quyết định {sequence:00}-QĐ/ĐU");
        return (EstablishedOn, new LegalBasis(number, EstablishedOn, issuer));
    }

    // ---- Members ---------------------------------------------------------------------------------------------------

    private enum Kind
    {
        Official,
        Probationary,

        /// Registered as a probationer whose probation ended lately, then recognised through the named method.
        ToRecognise,
    }

    private void BuildMembers()
    {
        var cells = _units.Where(u => u.HoldsMembers).ToList();
        var counts = Allocate(cells.Select(c => c.Plan.Weight).ToList(), _options.MemberCount);
        var fixedPeople = new Dictionary<string, (string Name, Sex Sex)>(StringComparer.Ordinal)
        {
            [DemoUnits.TongHopCellCode] = (DemoMembers.Dao, Sex.Female),
            ["CB03.04"] = (DemoMembers.TranVanDao, Sex.Male),
            ["CB04.02"] = (DemoMembers.LeThiDao, Sex.Female),
        };

        // Three probationers whose probation ended in the last two months are recognised by decision.
        var toRecognise = new HashSet<int>();
        while (toRecognise.Count < Scaled(3))
        {
            var slot = _rng.Next(_options.MemberCount);
            if (!IsFirstSlotOfFixedCell(slot, cells, counts, fixedPeople))
            {
                toRecognise.Add(slot);
            }
        }

        var index = 0;
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            for (var i = 0; i < counts[c]; i++, index++)
            {
                (string Name, Sex Sex)? person = i == 0 && fixedPeople.TryGetValue(cell.Plan.Code, out var p) ? p : null;
                var kind = person is not null ? Kind.Official
                    : toRecognise.Contains(index) ? Kind.ToRecognise
                    : Chance(0.85) ? Kind.Official : Kind.Probationary;
                var member = CreateMember(cell, kind, person);
                member.Reserved = person is not null;
                _members.Add(member);
            }
        }
    }

    private static bool IsFirstSlotOfFixedCell(int slot, List<DemoUnitNode> cells, int[] counts, Dictionary<string, (string, Sex)> fixedPeople)
    {
        var start = 0;
        for (var c = 0; c < cells.Count; c++)
        {
            if (slot == start && fixedPeople.ContainsKey(cells[c].Plan.Code))
            {
                return true;
            }

            start += counts[c];
        }

        return false;
    }

    /// Splits <paramref name="total"/> in proportion to the weights (largest remainder), at least one each.
    private static int[] Allocate(List<int> weights, int total)
    {
        var sum = weights.Sum();
        var counts = new int[weights.Count];
        var remainders = new List<(double Remainder, int Index)>();
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = (double)weights[i] * total / sum;
            counts[i] = Math.Max(1, (int)Math.Floor(exact));
            remainders.Add((exact - Math.Floor(exact), i));
        }

        var left = total - counts.Sum();
        foreach (var (_, i) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Index))
        {
            if (left <= 0)
            {
                break;
            }

            counts[i]++;
            left--;
        }

        // Rounding every cell up to one may overshoot with small totals: take back from the largest.
        while (left < 0)
        {
            var largest = Array.IndexOf(counts, counts.Max());
            counts[largest]--;
            left++;
        }

        return counts;
    }

    private DemoMember CreateMember(DemoUnitNode cell, Kind kind, (string Name, Sex Sex)? person)
    {
        var profile = cell.Plan.Profile;
        var (fromYear, toYear, maleShare) = DemoCatalogue.People(profile);
        var sex = person?.Sex ?? (Chance(maleShare) ? Sex.Male : Sex.Female);
        var name = person?.Name ?? RandomName(sex);

        DateOnly dob;
        DateOnly ceremony;
        if (kind == Kind.Official)
        {
            dob = RandomDate(new DateOnly(fromYear, 1, 1), new DateOnly(toYear, 12, 31));
            ceremony = OfficialCeremony(dob);
        }
        else
        {
            // Probationers were admitted within the last 14 months (those past 12 await their recognition decision);
            // the ones to recognise finished their probation in the last two months.
            ceremony = kind == Kind.ToRecognise
                ? RandomDate(_today.AddMonths(-ProbationMonths).AddDays(-50), _today.AddMonths(-ProbationMonths).AddDays(-10))
                : RandomDate(_today.AddMonths(-14), _today.AddDays(-7));
            dob = ProbationerBirthDate(ceremony, fromYear, toYear);
        }

        var decisionDate = ceremony.AddDays(-_rng.Next(5, 41));
        var official = kind == Kind.Official ? ceremony.AddMonths(ProbationMonths) : (DateOnly?)null;

        // About 30% came from another organisation by transfer (probationers less often).
        DateOnly? joined = null;
        if (kind != Kind.ToRecognise && person is null && Chance(kind == Kind.Official ? 0.33 : 0.1))
        {
            var from = ceremony.AddDays(kind == Kind.Official ? 60 : 20);
            var to = _today.AddDays(kind == Kind.Official ? -20 : -3);
            if (from <= to)
            {
                joined = RandomDate(from, to);
            }
        }

        var province = Weighted(DemoCatalogue.BirthProvinces);
        var birthPlace = BirthPlace(province);
        var personalId = PersonalId(province, dob, sex);
        var occupation = Weighted(DemoCatalogue.Occupations(profile));
        var details = new MemberDetails
        {
            FullName = name,
            Sex = sex,
            DateOfBirth = dob,
            BirthPlace = birthPlace,
            HomeTown = province == "042" ? (Chance(0.65) ? birthPlace : HaTinhPlace()) : (Chance(0.5) ? birthPlace : HaTinhPlace()),
            Residence = Residence(),
            Ethnicity = Weighted(DemoCatalogue.Ethnicities),
            Religion = Weighted(DemoCatalogue.Religions),
            Occupation = occupation,
            GeneralEducation = dob.Year < 1973 && Chance(0.3) ? "10/10" : "12/12",
            ProfessionalDegree = Degree(profile, occupation, dob),
            PoliticalTheory = Theory(profile, dob),
            PersonalIdNumber = personalId,
            ResumeNumber = Chance(0.9) ? ResumeNumber() : null,
            CardNumber = CardNumber(official, personalId),
            Introducers = joined is null && Chance(0.4) ? Introducers(ceremony, dob) : null,
        };

        var record = new MembershipRecord
        {
            Type = kind == Kind.Official ? MembershipType.Official : MembershipType.Probationary,
            AdmissionDecisionDate = decisionDate,
            AdmissionDecision = joined is null ? AdmissionDecision(cell, decisionDate) : null,
            CeremonyDate = ceremony,
            OfficialDate = official,
            JoinedOrganisationOn = joined,
            BirthDateCertified = Chance(0.95),
        };

        var member = Check(Member.Register(details, record, cell.Unit.Id, cell.Plan.Type, Stamp(Role.OrganisationBoard)), "register " + name);
        if (kind == Kind.ToRecognise)
        {
            var officialDate = ceremony.AddMonths(ProbationMonths);
            var decision = new LegalBasis(DocumentNumber("Quyết định", "QĐ/ĐU"), RandomDate(officialDate.AddDays(3), _today),
                DecidingCommittee(cell));
            Check(member.Recognise(decision, ProbationMonths, Stamp(Role.StandingCommittee)), "recognise " + name);
        }

        return new DemoMember(member, cell);
    }

    /// Ceremony between the 18th birthday (plus time for the decision) and the 40th, early enough that the probation
    /// is over by today; most people join in their twenties or early thirties.
    private DateOnly OfficialCeremony(DateOnly dob)
    {
        var lower = dob.AddYears(18).AddDays(45);
        var upper = Min(dob.AddYears(40), _today.AddMonths(-ProbationMonths));
        if (lower > upper)
        {
            throw new InvalidOperationException($"No admission window for a member born {dob:yyyy-MM-dd}.");
        }

        var typical = dob.AddYears(18 + _rng.Next(12) + _rng.Next(12)).AddDays(_rng.Next(365));
        return typical >= lower && typical <= upper ? typical : RandomDate(lower, upper);
    }

    /// Probationers were mostly 19 to 34 at their ceremony; the birth date stays within 1965-2005 and the cell's
    /// usual age range when it can.
    private DateOnly ProbationerBirthDate(DateOnly ceremony, int fromYear, int toYear)
    {
        var floor = new DateOnly(1965, 1, 1);
        var ceiling = new DateOnly(2005, 12, 31);
        var from = Max(Max(ceremony.AddYears(-34), new DateOnly(fromYear, 1, 1)), floor);
        var to = Min(Min(ceremony.AddYears(-19), new DateOnly(toYear, 12, 31)), ceiling);
        if (from > to)
        {
            from = Max(ceremony.AddYears(-40).AddDays(1), floor);
            to = Min(ceremony.AddYears(-18).AddDays(-45), ceiling);
        }

        return RandomDate(from, to);
    }

    private string RandomName(Sex sex)
    {
        while (true)
        {
            var family = Weighted(DemoCatalogue.FamilyNames);
            string middle;
            string given;
            if (sex == Sex.Male)
            {
                middle = Weighted(DemoCatalogue.MaleMiddleNames);
                given = Weighted(DemoCatalogue.MaleGivenNames);
            }
            else
            {
                middle = Weighted(DemoCatalogue.FemaleMiddleNames);
                if (middle == "Thị" && Chance(0.25))
                {
                    middle += " " + Weighted(DemoCatalogue.FemaleSecondMiddleNames);
                }

                given = Weighted(DemoCatalogue.FemaleGivenNames);
            }

            // "Minh Minh" does not occur, and the named test members stay unique.
            var name = family + " " + middle + " " + given;
            if (middle.Split(' ')[^1] != given && !_fixedNames.Contains(name))
            {
                return name;
            }
        }
    }

    /// 3 digits province of birth registration, the century/sex digit, two year digits and a unique 6-digit serial
    /// (Thông tư 07/2016/TT-BCA Art. 7).
    private string PersonalId(string province, DateOnly dob, Sex sex)
    {
        int serial;
        do
        {
            serial = _rng.Next(1_000_000);
        }
        while (!_idSerials.Add(serial));

        var digit = PersonalIdNumber.CenturySexDigit(dob.Year, sex);
        return string.Create(CultureInfo.InvariantCulture, $"{province}{digit}{dob.Year % 100:00}{serial:000000}");
    }

    /// Numbers from the block the province's organisation board allocated, followed by the province code.
    private string ResumeNumber()
    {
        int number;
        do
        {
            number = _rng.Next(1, 80_000);
        }
        while (!_resumeNumbers.Add(number));

        return string.Create(CultureInfo.InvariantCulture, $"{number:000000}{ResumeProvinceCode}");
    }

    /// Probationers have no card yet. Official members mostly carry the new card (number = personal ID, since 02/9/2025)
    /// or still the old 8-digit one; members recognised after the switch may still wait for theirs.
    private string? CardNumber(DateOnly? official, string personalId)
    {
        if (official is null)
        {
            return null;
        }

        if (official >= new DateOnly(2025, 9, 2))
        {
            return Chance(0.6) ? personalId : null;
        }

        if (Chance(0.76))
        {
            return personalId;
        }

        if (Chance(0.9))
        {
            int number;
            do
            {
                number = _rng.Next(10_000_000, 100_000_000);
            }
            while (!_oldCardNumbers.Add(number));

            return number.ToString(CultureInfo.InvariantCulture);
        }

        return null;
    }

    private string BirthPlace(string province)
    {
        if (province == "042")
        {
            return HaTinhPlace();
        }

        var places = DemoCatalogue.OtherBirthPlaces.First(p => p.Province == province).Places;
        return places[_rng.Next(places.Length)];
    }

    private string HaTinhPlace() => Pick(DemoCatalogue.HaTinhCommunes) + ", " + DemoCatalogue.HaTinh;

    private string Residence()
    {
        if (Chance(0.75))
        {
            var ward = Pick(DemoCatalogue.CityWards);
            return Chance(0.6)
                ? string.Create(CultureInfo.InvariantCulture, $"Số {_rng.Next(1, 200)}, đường {Pick(DemoCatalogue.CityStreets)}, {ward}, {DemoCatalogue.HaTinh}")
                : string.Create(CultureInfo.InvariantCulture, $"Tổ dân phố {_rng.Next(1, 16)}, {ward}, {DemoCatalogue.HaTinh}");
        }

        return Pick(DemoCatalogue.Hamlets) + ", " + Pick(DemoCatalogue.NearbyCommunes) + ", " + DemoCatalogue.HaTinh;
    }

    private string? Degree(DemoProfile profile, string occupation, DateOnly dob)
    {
        if (occupation == DemoCatalogue.ContractWorker)
        {
            return DemoCatalogue.ContractWorkerDegrees[_rng.Next(DemoCatalogue.ContractWorkerDegrees.Length)];
        }

        var degrees = DemoCatalogue.Degrees(profile);
        if (_today.Year - dob.Year < 28)
        {
            // Young staff hold first degrees, not a master's or a doctorate.
            degrees = degrees.Where(d => d.StartsWith("Cử nhân", StringComparison.Ordinal) || d.StartsWith("Kỹ sư", StringComparison.Ordinal)).ToArray();
        }

        return Pick(degrees);
    }

    /// Political theory grows with age; lecturers of the political school are a step ahead.
    private PoliticalTheoryLevel Theory(DemoProfile profile, DateOnly dob)
    {
        var age = _today.Year - dob.Year + (profile == DemoProfile.School ? 10 : 0);
        (PoliticalTheoryLevel, int)[] shares = age switch
        {
            >= 50 => [(PoliticalTheoryLevel.Elementary, 15), (PoliticalTheoryLevel.Intermediate, 45), (PoliticalTheoryLevel.Advanced, 35), (PoliticalTheoryLevel.Bachelor, 5)],
            >= 38 => [(PoliticalTheoryLevel.None, 3), (PoliticalTheoryLevel.Elementary, 32), (PoliticalTheoryLevel.Intermediate, 48), (PoliticalTheoryLevel.Advanced, 15), (PoliticalTheoryLevel.Bachelor, 2)],
            >= 30 => [(PoliticalTheoryLevel.None, 12), (PoliticalTheoryLevel.Elementary, 55), (PoliticalTheoryLevel.Intermediate, 30), (PoliticalTheoryLevel.Advanced, 3)],
            _ => [(PoliticalTheoryLevel.None, 35), (PoliticalTheoryLevel.Elementary, 55), (PoliticalTheoryLevel.Intermediate, 10)],
        };
        return Weighted(shares);
    }

    /// Two official members, or one and the Youth Union for young applicants (Q294 §3.2).
    private string Introducers(DateOnly ceremony, DateOnly dob)
    {
        var first = string.Create(CultureInfo.InvariantCulture, $"Đ/c {RandomName(Chance(0.6) ? Sex.Male : Sex.Female)}, {Pick(DemoCatalogue.IntroducerPositions)}");
        if (ceremony.Year - dob.Year <= 30 && Chance(0.35))
        {
            return first + "; Ban Chấp hành Đoàn cơ sở";
        }

        return first + "; đ/c " + RandomName(Chance(0.6) ? Sex.Male : Sex.Female) + ", " + Pick(DemoCatalogue.IntroducerPositions);
    }

    /// Admissions before the 2025 reorganisation were decided by the former bloc committee; since then by the top
    /// unit's standing committee, or by the authorised grassroots committee for its own cells.
    private LegalBasis AdmissionDecision(DemoUnitNode cell, DateOnly date)
    {
        var issuer = date < EstablishedOn ? "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh" : DecidingCommittee(cell);
        return new LegalBasis(DocumentNumber("Quyết định", "QĐ/ĐU"), date, issuer);
    }

    private string DecidingCommittee(DemoUnitNode cell)
    {
        var grassroots = cell.GrassrootsOrSelf;
        return grassroots.Unit.AuthorisedToAdmitAndExpel ? Issuer(CommitteeName(grassroots.Unit.Name)) : TopStanding;
    }

    /// Who signs for a grassroots organisation: its committee, or the top unit for a grassroots cell, which has no
    /// committee between it and the top (HD38 §II.4.3.2).
    private string GrassrootsIssuer(DemoUnitNode cell)
    {
        var grassroots = cell.GrassrootsOrSelf;
        return grassroots.Plan.Type == UnitType.GrassrootsCommittee ? Issuer(CommitteeName(grassroots.Unit.Name)) : TopStanding;
    }

    private string DocumentNumber(string kind, string suffix) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind} {_rng.Next(1, 400):00}-{suffix}");

    // ---- Account holders -------------------------------------------------------------------------------------------

    /// The secretaries of the demo accounts are members of their cells: an official member in mid-career, the most
    /// schooled in political theory first. They are kept out of the status examples.
    private void ChooseSecretaries()
    {
        foreach (var code in new[] { DemoUnits.TongHopCellCode, DemoUnits.VanPhongHanhChinhCellCode, DemoUnits.ToChucGrassrootsCellCode, DemoUnits.ThoiSuCellCode })
        {
            var inCell = _members.Where(m => m.Unit.Plan.Code == code && !m.Reserved && m.Member.Type == MembershipType.Official).ToList();
            var chosen = inCell
                .OrderByDescending(m => m.Member.DateOfBirth.Year is >= 1968 and <= 1988)
                .ThenByDescending(m => m.Member.PoliticalTheory)
                .ThenBy(m => m.Member.DateOfBirth)
                .FirstOrDefault();
            if (chosen is null)
            {
                _secretaries[code] = RandomName(Sex.Male);
                continue;
            }

            chosen.Reserved = true;
            _secretaries[code] = chosen.Member.FullName;
        }
    }

    // ---- Status history --------------------------------------------------------------------------------------------

    private void RecordHistory()
    {
        MoveWithinGrassroots(Scaled(5));
        Exempt(Scaled(4));
        TemporarilyTransfer(Scaled(3));
        ExemptTemporarily(Scaled(2));
        Suspend();
        Die(Scaled(5));
        Leave();
        TransferOut(Scaled(4), complete: true);
        TransferOut(Scaled(2), complete: false);
    }

    /// The example counts are meant for the default 600 members; a smaller demo gets fewer, so that most members stay
    /// active, and a larger one keeps the same handful.
    private int Scaled(int count) =>
        Math.Clamp((int)Math.Round((double)count * _options.MemberCount / DemoSeedOptions.DefaultMemberCount), 1, count);

    private void MoveWithinGrassroots(int count)
    {
        foreach (var m in Pick(count, "move", m => IsSettledOfficial(m, EstablishedOn) && m.Unit.Plan.Type == UnitType.Cell))
        {
            var siblings = _units.Where(u => u.HoldsMembers && u != m.Unit && u.Grassroots == m.Unit.Grassroots).ToList();
            var target = siblings[_rng.Next(siblings.Count)];
            var date = EventDate(m, EstablishedOn.AddDays(14), _today.AddDays(-10));
            var basis = new LegalBasis(DocumentNumber("Giấy giới thiệu", "GGT/ĐU"), date.AddDays(-_rng.Next(0, 4)), GrassrootsIssuer(m.Unit));
            var change = new StatusChange(date, basis, "Điều động công tác từ " + m.Unit.Workplace + " sang " + target.Workplace);
            Check(m.Member.MoveToUnit(target.Unit.Id, target.Plan.Type, change, Stamp(Role.GrassrootsSecretary)), "move " + m.Member.FullName);
            m.Unit = target;
        }
    }

    /// Exemption for health or age is decided by the cell itself (Q294 §7.1).
    private void Exempt(int count)
    {
        var older = Pick(count, "exempt", m => IsSettledOfficial(m, EstablishedOn) && m.Member.DateOfBirth.Year <= 1970);
        foreach (var m in older.Concat(Pick(count - older.Count, "exempt", m => IsSettledOfficial(m, EstablishedOn))))
        {
            var date = EventDate(m, EstablishedOn, _today.AddDays(-20));
            var basis = new LegalBasis(DocumentNumber("Nghị quyết", "NQ/CB"), date, Issuer(m.Unit.Unit.Name));
            Check(m.Member.Exempt(new StatusChange(date, basis, Pick(DemoCatalogue.ExemptionReasons)), Stamp(Role.CellSecretary)), "exempt " + m.Member.FullName);
        }
    }

    /// Away for study or secondment, started within the last five months (temporary transfers last under 12 months).
    private void TemporarilyTransfer(int count)
    {
        var from = Max(EstablishedOn, _today.AddDays(-150));
        foreach (var m in Pick(count, "temporary", m => IsSettled(m, from)))
        {
            var date = EventDate(m, from, _today.AddDays(-10));
            var basis = new LegalBasis(DocumentNumber("Giấy giới thiệu", "GT/ĐU"), date.AddDays(-_rng.Next(0, 5)), GrassrootsIssuer(m.Unit));
            var change = new StatusChange(date, basis, Pick(DemoCatalogue.TemporaryTransferReasons));
            Check(m.Member.StartTemporaryTransfer(change, Stamp(Role.GrassrootsSecretary)), "temporary transfer " + m.Member.FullName);
        }
    }

    private void ExemptTemporarily(int count)
    {
        var from = Max(EstablishedOn, _today.AddDays(-200));
        foreach (var m in Pick(count, "temporarily exempt", m => IsSettledOfficial(m, from)))
        {
            var date = EventDate(m, from, _today.AddDays(-20));
            var basis = new LegalBasis(DocumentNumber("Quyết định", "QĐ/ĐU"), date, GrassrootsIssuer(m.Unit));
            var change = new StatusChange(date, basis, Pick(DemoCatalogue.TemporaryExemptionReasons));
            Check(m.Member.ExemptTemporarily(change, Stamp(Role.GrassrootsSecretary)), "temporary exemption " + m.Member.FullName);
        }
    }

    private void Suspend()
    {
        var from = Max(EstablishedOn, _today.AddDays(-90));
        foreach (var m in Pick(1, "suspended", m => IsSettledOfficial(m, from)))
        {
            var date = EventDate(m, from, _today.AddDays(-15));
            var basis = new LegalBasis(DocumentNumber("Quyết định", "QĐ/UBKT"), date, TopInspection);
            var change = new StatusChange(date, basis, "Tạm đình chỉ sinh hoạt đảng trong thời gian cơ quan có thẩm quyền xem xét, xử lý vi phạm");
            Check(m.Member.Suspend(change, Stamp(Role.InspectionCommittee)), "suspend " + m.Member.FullName);
        }
    }

    private void Die(int count)
    {
        var older = Pick(Math.Min(3, count), "deceased", m => IsSettled(m, EstablishedOn) && m.Member.DateOfBirth.Year <= 1972);
        foreach (var m in older.Concat(Pick(count - older.Count, "deceased", m => IsSettled(m, EstablishedOn))))
        {
            var date = EventDate(m, EstablishedOn, _today.AddDays(-5));
            Check(m.Member.Die(new StatusChange(date, null, Weighted(DemoCatalogue.DeathReasons)), Stamp(Role.CellSecretary)), "death " + m.Member.FullName);
        }
    }

    /// Two names removed from the list (one of them a probationer found unworthy, HD06 §4.6), one left at own request,
    /// one official member expelled.
    private void Leave()
    {
        var recentFrom = _today.AddDays(-120);
        var exits = new (ExitForm Form, string Reason, Func<DemoMember, bool> Filter)[]
        {
            (ExitForm.RemovedFromList, "Bỏ sinh hoạt chi bộ và không đóng đảng phí 3 tháng trong năm không có lý do chính đáng",
                m => IsSettledOfficial(m, EstablishedOn)),
            (ExitForm.RemovedFromList, "Không đủ tư cách đảng viên trong thời gian dự bị",
                m => m.Member.Type == MembershipType.Probationary && IsSettled(m, recentFrom)),
            (ExitForm.LeftAtOwnRequest, "Có đơn xin ra khỏi Đảng; chi bộ đã giáo dục, giúp đỡ nhưng không chuyển biến",
                m => IsSettledOfficial(m, EstablishedOn)),
            (ExitForm.Expelled, "Vi phạm nghiêm trọng quy định về những điều đảng viên không được làm",
                m => IsSettledOfficial(m, EstablishedOn)),
        };

        foreach (var (form, reason, filter) in exits)
        {
            foreach (var m in Pick(1, "left", filter))
            {
                var from = Max(EstablishedOn, m.Member.LastEventDate.AddDays(90));
                var date = EventDate(m, Min(from, _today.AddDays(-10)), _today.AddDays(-10));
                var basis = form == ExitForm.Expelled
                    ? new LegalBasis(DocumentNumber("Quyết định", "QĐ/UBKT"), date, TopInspection)
                    : new LegalBasis(DocumentNumber("Quyết định", "QĐ/ĐU"), date, DecidingCommittee(m.Unit));
                Check(m.Member.Leave(form, new StatusChange(date, basis, reason), Stamp(Role.StandingCommittee)), "leave " + m.Member.FullName);
            }
        }
    }

    /// Official transfers out of the organisation: the letter (box 4) by the top unit, then, for completed ones, the
    /// receipt notice a few weeks later. Those still under way were issued in the last 25 days.
    private void TransferOut(int count, bool complete)
    {
        var from = complete ? EstablishedOn : _today.AddDays(-25);
        var to = complete ? _today.AddDays(-40) : _today.AddDays(-3);
        foreach (var m in Pick(count, complete ? "transferred out" : "transferring out", m => IsSettledOfficial(m, from)))
        {
            var date = EventDate(m, from, to);
            var destinations = DemoCatalogue.TransferOutDestinations
                .Where(d => d.StartsWith("Nghỉ hưu", StringComparison.Ordinal) == (m.Member.DateOfBirth.Year <= 1966))
                .ToArray();
            var basis = new LegalBasis(DocumentNumber("Giấy giới thiệu", "GGT/ĐU"), date, TopStanding);
            Check(m.Member.StartTransferOut(new StatusChange(date, basis, Pick(destinations)), Stamp(Role.OrganisationBoard)),
                "start transfer " + m.Member.FullName);
            if (complete)
            {
                var received = date.AddDays(_rng.Next(10, 31));
                Check(m.Member.CompleteTransferOut(new StatusChange(received, null, "Đã nhận phiếu báo đảng viên đến của nơi tiếp nhận"),
                    Stamp(Role.OrganisationBoard)), "complete transfer " + m.Member.FullName);
            }
        }
    }

    /// Active, with nothing recorded since <paramref name="from"/>, so a change dated after it keeps the history in order.
    private static bool IsSettled(DemoMember m, DateOnly from) =>
        m.Member.Status == ActivityStatus.Active && m.Member.LastEventDate < from;

    private static bool IsSettledOfficial(DemoMember m, DateOnly from) => IsSettled(m, from) && m.Member.Type == MembershipType.Official;

    private List<DemoMember> Pick(int count, string scenario, Func<DemoMember, bool> filter)
    {
        var pool = _members.Where(m => !m.Reserved && m.Scenario is null && filter(m)).ToList();
        var picked = new List<DemoMember>(count);
        while (picked.Count < count && pool.Count > 0)
        {
            var i = _rng.Next(pool.Count);
            pool[i].Scenario = scenario;
            picked.Add(pool[i]);
            pool.RemoveAt(i);
        }

        return picked;
    }

    private DateOnly EventDate(DemoMember m, DateOnly from, DateOnly to) => RandomDate(Max(from, m.Member.LastEventDate.AddDays(1)), to);

    // ---- Random helpers --------------------------------------------------------------------------------------------

    private bool Chance(double probability) => _rng.NextDouble() < probability;

    private T Pick<T>(T[] items) => items[_rng.Next(items.Length)];

    private T Weighted<T>((T Value, int Weight)[] items)
    {
        var roll = _rng.Next(items.Sum(i => i.Weight));
        foreach (var (value, weight) in items)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        throw new InvalidOperationException("Weights must be positive.");
    }

    private DateOnly RandomDate(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new InvalidOperationException($"Empty date range {from:yyyy-MM-dd}..{to:yyyy-MM-dd}.");
        }

        return from.AddDays(_rng.Next(to.DayNumber - from.DayNumber + 1));
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static T Check<T>(Result<T> result, string what)
        where T : class =>
        result.Succeeded ? result.Value! : throw Failure(what, result.Errors);

    private static void Check(Result result, string what)
    {
        if (!result.Succeeded)
        {
            throw Failure(what, result.Errors);
        }
    }

    private static InvalidOperationException Failure(string what, IReadOnlyList<DomainError> errors) =>
        new($"Demo data: could not {what}: {string.Join("; ", errors.Select(e => e.ToString() + (e.Arguments.Length > 0 ? " (" + string.Join(", ", e.Arguments) + ")" : string.Empty)))}");
}
