using System.Globalization;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Seeding;

namespace PartyMembers.Bench;

/// A unit of the generated tree.
internal sealed record ProvinceUnit(OrganisationUnit Unit, ProvinceUnit? Grassroots, double Weight)
{
    public bool HoldsMembers => UnitTypeRules.CanHoldMembers(Unit.Type);
}

/// The province-scale organisation: one upper committee, 50 grassroots committees (communes and wards) with 10 cells each
/// and 10 grassroots cells (provincial agencies): 561 units, 510 of them holding members. Built through the domain's
/// factories, so paths, depths and versions are what the application makes.
internal sealed class ProvinceTree
{
    public const string TopUnitName = "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh Hà Tĩnh";
    public const int Committees = 50;
    public const int CellsPerCommittee = 10;

    public static readonly DateOnly EstablishedOn = new(1990, 1, 1);

    private static readonly string[] GrassrootsCells =
    [
        "Chi bộ Sở Tư pháp", "Chi bộ Sở Ngoại vụ", "Chi bộ Thanh tra tỉnh", "Chi bộ Sở Khoa học và Công nghệ",
        "Chi bộ Liên minh Hợp tác xã tỉnh", "Chi bộ Hội Văn học Nghệ thuật tỉnh", "Chi bộ Đài Khí tượng Thủy văn tỉnh",
        "Chi bộ Thống kê tỉnh", "Chi bộ Kho bạc Nhà nước khu vực", "Chi bộ Ban Quản lý Khu kinh tế tỉnh",
    ];

    private readonly List<ProvinceUnit> _units = [];

    public ProvinceTree(Random rng, DateOnly today)
    {
        var decision = new LegalBasis("Quyết định 12-QĐ/TU", EstablishedOn.AddDays(-4), "Ban Thường vụ Tỉnh ủy");
        Top = new ProvinceUnit(Check(OrganisationUnit.CreateRoot(UnitType.UpperCommittee, TopUnitName, "KCQ", EstablishedOn, decision, today)), null, 0);
        _units.Add(Top);
        var communes = DemoCatalogue.HaTinhCommunes;
        for (var c = 0; c < Committees; c++)
        {
            var commune = communes[c % communes.Length];
            var isWard = commune.StartsWith("Phường", StringComparison.Ordinal);
            var name = "Đảng bộ " + char.ToLowerInvariant(commune[0]) + commune[1..] + (c >= communes.Length ? " " + (c / communes.Length + 1) : string.Empty);
            var committee = Child(Top.Unit, UnitType.GrassrootsCommittee, name, $"DB{c + 1:00}", today);
            var grassroots = new ProvinceUnit(committee, null, 0);
            _units.Add(grassroots);
            for (var k = 0; k < CellsPerCommittee; k++)
            {
                var cellName = isWard ? $"Chi bộ Tổ dân phố {k + 1}"
                    : k < DemoCatalogue.Hamlets.Length ? "Chi bộ " + DemoCatalogue.Hamlets[k] : $"Chi bộ Thôn {k + 1}";
                var cell = Child(committee, UnitType.Cell, cellName, $"DB{c + 1:00}.CB{k + 1:00}", today);

                // Cells differ in size; a commune's cells hold between 500 and 3,500 members at a million.
                _units.Add(new ProvinceUnit(cell, grassroots, 0.25 + (rng.NextDouble() * 1.5)));
            }
        }

        for (var g = 0; g < GrassrootsCells.Length; g++)
        {
            var cell = Child(Top.Unit, UnitType.GrassrootsCell, GrassrootsCells[g], $"CB{g + 1:00}", today);
            _units.Add(new ProvinceUnit(cell, null, 0.1 + (rng.NextDouble() * 0.3)));
        }
    }

    public ProvinceUnit Top { get; }

    public IReadOnlyList<ProvinceUnit> Units => _units;

    public IEnumerable<ProvinceUnit> Cells => _units.Where(u => u.HoldsMembers);

    private static OrganisationUnit Child(OrganisationUnit parent, UnitType type, string name, string code, DateOnly today) =>
        Check(parent.CreateChild(type, name, code, EstablishedOn,
            new LegalBasis("Quyết định " + code + "-QĐ/ĐU", EstablishedOn, "Ban Thường vụ Đảng ủy Khối"), today));

    public static T Check<T>(Result<T> result)
        where T : class =>
        result.Succeeded ? result.Value! : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.ToString())));
}

/// Makes members one at a time through Member.Register and the named transitions, so that the search keys
/// (SearchName, SearchGivenName, NameKey, GivenNameKey), the events and their order are exactly the domain's. Names
/// follow the demo generator's frequencies (DemoCatalogue, compiled in by reference).
internal sealed class MemberFactory
{
    private const int ProbationMonths = 12;

    private readonly Random _rng;
    private readonly DateOnly _today;
    private readonly DateTime _nowUtc;
    private readonly ProvinceUnit[] _cells;
    private readonly double[] _cumulative;
    private readonly Dictionary<ProvinceUnit, ProvinceUnit[]> _siblings = [];
    private readonly HashSet<long> _personalIds = [];
    private readonly Weighted<string> _family = new(DemoCatalogue.FamilyNames);
    private readonly Weighted<string> _maleMiddle = new(DemoCatalogue.MaleMiddleNames);
    private readonly Weighted<string> _femaleMiddle = new(DemoCatalogue.FemaleMiddleNames);
    private readonly Weighted<string> _femaleSecond = new(DemoCatalogue.FemaleSecondMiddleNames);
    private readonly Weighted<string> _maleGiven = new(DemoCatalogue.MaleGivenNames);
    private readonly Weighted<string> _femaleGiven = new(DemoCatalogue.FemaleGivenNames);
    private readonly Weighted<string> _provinces = new(DemoCatalogue.BirthProvinces);
    private readonly Weighted<string> _ethnicities = new(DemoCatalogue.Ethnicities);
    private readonly Weighted<string> _religions = new(DemoCatalogue.Religions);
    private readonly string[] _degrees = Enum.GetValues<DemoProfile>().SelectMany(DemoCatalogue.Degrees).Distinct().ToArray();
    private int _resumeCounter;
    private int _oldCardCounter = 10_000_000;

    public MemberFactory(Random rng, ProvinceTree tree, DateOnly today, DateTime nowUtc)
    {
        _rng = rng;
        _today = today;
        _nowUtc = nowUtc;
        _cells = tree.Cells.ToArray();
        _cumulative = new double[_cells.Length];
        var sum = 0.0;
        for (var i = 0; i < _cells.Length; i++)
        {
            sum += _cells[i].Weight;
            _cumulative[i] = sum;
        }

        foreach (var cell in _cells)
        {
            _siblings[cell] = cell.Grassroots is null ? [] : _cells.Where(c => c.Grassroots == cell.Grassroots && c != cell).ToArray();
        }
    }

    public Member Next()
    {
        var cell = PickCell();
        var sex = Chance(0.6) ? Sex.Male : Sex.Female;
        var probationary = Chance(0.08);
        DateOnly dob;
        DateOnly ceremony;
        if (!probationary)
        {
            dob = RandomDate(new DateOnly(1942, 1, 1), new DateOnly(2004, 6, 30));
            ceremony = OfficialCeremony(dob);
        }
        else
        {
            ceremony = RandomDate(_today.AddMonths(-14), _today.AddDays(-7));
            dob = RandomDate(ceremony.AddYears(-34), ceremony.AddYears(-19));
        }

        var official = probationary ? (DateOnly?)null : ceremony.AddMonths(ProbationMonths);
        DateOnly? joined = null;
        if (Chance(probationary ? 0.05 : 0.25))
        {
            var from = ceremony.AddDays(probationary ? 20 : 60);
            var to = _today.AddDays(-20);
            if (from <= to)
            {
                joined = RandomDate(from, to);
            }
        }

        var province = _provinces.Pick(_rng);
        var personalId = PersonalId(province, dob, sex);
        var details = new MemberDetails
        {
            FullName = RandomName(sex),
            Sex = sex,
            DateOfBirth = dob,
            BirthPlace = HaTinhPlace(),
            HomeTown = HaTinhPlace(),
            Residence = Pick(DemoCatalogue.Hamlets) + ", " + Pick(DemoCatalogue.NearbyCommunes) + ", " + DemoCatalogue.HaTinh,
            Ethnicity = _ethnicities.Pick(_rng),
            Religion = _religions.Pick(_rng),
            Occupation = Chance(0.7) ? DemoCatalogue.CivilServant : DemoCatalogue.PublicEmployee,
            GeneralEducation = "12/12",
            ProfessionalDegree = Pick(_degrees),
            PoliticalTheory = (PoliticalTheoryLevel)_rng.Next(0, 4),
            PersonalIdNumber = personalId,
            ResumeNumber = Chance(0.9) ? ResumeNumber() : null,
            CardNumber = official is null ? null : Chance(0.76) ? personalId : Chance(0.75) ? (_oldCardCounter++).ToString(CultureInfo.InvariantCulture) : null,
            Introducers = joined is null && Chance(0.3) ? "Đ/c " + RandomName(Sex.Male) + ", Bí thư Chi bộ" : null,
        };
        var decisionDate = ceremony.AddDays(-_rng.Next(5, 41));
        var record = new MembershipRecord
        {
            Type = probationary ? MembershipType.Probationary : MembershipType.Official,
            AdmissionDecisionDate = decisionDate,
            AdmissionDecision = Basis("Quyết định", "QĐ/ĐU", decisionDate),
            CeremonyDate = ceremony,
            OfficialDate = official,
            JoinedOrganisationOn = joined,
            BirthDateCertified = Chance(0.95),
        };

        var member = ProvinceTree.Check(Member.Register(details, record, cell.Unit.Id, cell.Unit.Type, Stamp(Role.OrganisationBoard)));
        RecordHistory(member, cell);
        return member;
    }

    /// About three events a member on average: admission (or arrival) and recognition from the registration, then
    /// moves between the cells of a commune, temporary transfers, exemptions, transfers out, exits and deaths.
    private void RecordHistory(Member member, ProvinceUnit cell)
    {
        var siblings = _siblings[cell];
        foreach (var chance in (ReadOnlySpan<double>)[0.6, 0.35, 0.15])
        {
            if (siblings.Length == 0 || !Chance(chance) || EventDate(member, _today.AddDays(-10)) is not { } date)
            {
                break;
            }

            var target = siblings[_rng.Next(siblings.Length)];
            if (target.Unit.Id == member.HomeUnitId)
            {
                continue;
            }

            Check(member.MoveToUnit(target.Unit.Id, target.Unit.Type, new StatusChange(date, Basis("Giấy giới thiệu", "GGT/ĐU", date), "Điều động công tác"),
                Stamp(Role.OrganisationBoard)));
        }

        var roll = _rng.NextDouble();
        if (roll < 0.05 && EventDate(member, _today.AddDays(-30)) is { } away)
        {
            Check(member.StartTemporaryTransfer(new StatusChange(away, Basis("Giấy giới thiệu", "GT/ĐU", away), Pick(DemoCatalogue.TemporaryTransferReasons)),
                Stamp(Role.OrganisationBoard)));
            if (Chance(0.6) && EventDate(member, _today.AddDays(-5)) is { } back)
            {
                Check(member.EndTemporaryTransfer(new StatusChange(back, null, null), Stamp(Role.OrganisationBoard)));
            }
        }
        else if (roll < 0.08 && member.DateOfBirth.Year < 1965 && EventDate(member, _today.AddDays(-20)) is { } exempt)
        {
            Check(member.Exempt(new StatusChange(exempt, Basis("Nghị quyết", "NQ/CB", exempt), Pick(DemoCatalogue.ExemptionReasons)), Stamp(Role.CellSecretary)));
        }

        roll = _rng.NextDouble();
        if (roll < 0.02 && EventDate(member, _today.AddDays(-5)) is { } died)
        {
            Check(member.Die(new StatusChange(died, null, "Từ trần"), Stamp(Role.OrganisationBoard)));
        }
        else if (roll < 0.04 && member.Status == ActivityStatus.Active && EventDate(member, _today.AddDays(-40)) is { } letter)
        {
            Check(member.StartTransferOut(new StatusChange(letter, Basis("Giấy giới thiệu", "GGT/ĐU", letter), Pick(DemoCatalogue.TransferOutDestinations)),
                Stamp(Role.OrganisationBoard)));
            if (Chance(0.8))
            {
                var received = letter.AddDays(_rng.Next(10, 31));
                Check(member.CompleteTransferOut(new StatusChange(received, null, "Đã nhận phiếu báo đảng viên đến"), Stamp(Role.OrganisationBoard)));
            }
        }
        else if (roll < 0.045 && EventDate(member, _today.AddDays(-10)) is { } left)
        {
            var form = member.Type == MembershipType.Official && Chance(0.3) ? ExitForm.Expelled : ExitForm.RemovedFromList;
            Check(member.Leave(form, new StatusChange(left, Basis("Quyết định", "QĐ/ĐU", left), "Bỏ sinh hoạt chi bộ"), Stamp(Role.StandingCommittee)));
        }
    }

    private ProvinceUnit PickCell()
    {
        var roll = _rng.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, roll);
        return _cells[Math.Min(i < 0 ? ~i : i, _cells.Length - 1)];
    }

    private DateOnly OfficialCeremony(DateOnly dob)
    {
        var lower = dob.AddYears(18).AddDays(45);
        var upper = Min(dob.AddYears(40), _today.AddMonths(-ProbationMonths));
        var typical = dob.AddYears(18 + _rng.Next(12) + _rng.Next(12)).AddDays(_rng.Next(365));
        return typical >= lower && typical <= upper ? typical : RandomDate(lower, upper);
    }

    private string RandomName(Sex sex)
    {
        while (true)
        {
            var family = _family.Pick(_rng);
            string middle;
            string given;
            if (sex == Sex.Male)
            {
                middle = _maleMiddle.Pick(_rng);
                given = _maleGiven.Pick(_rng);
            }
            else
            {
                middle = _femaleMiddle.Pick(_rng);
                if (middle == "Thị" && Chance(0.25))
                {
                    middle += " " + _femaleSecond.Pick(_rng);
                }

                given = _femaleGiven.Pick(_rng);
            }

            if (!middle.EndsWith(given, StringComparison.Ordinal))
            {
                return family + " " + middle + " " + given;
            }
        }
    }

    /// 3 digits province of birth registration, the century/sex digit, two year digits and a 6-digit serial; unique.
    private string PersonalId(string province, DateOnly dob, Sex sex)
    {
        var prefix = long.Parse(province, CultureInfo.InvariantCulture) * 1_000 + (PersonalIdNumber.CenturySexDigit(dob.Year, sex) * 100) + (dob.Year % 100);
        long id;
        do
        {
            id = (prefix * 1_000_000) + _rng.Next(1_000_000);
        }
        while (!_personalIds.Add(id));

        return id.ToString("000000000000", CultureInfo.InvariantCulture);
    }

    private string ResumeNumber()
    {
        var n = ++_resumeCounter;
        var suffix = (n / 1_000_000) switch { 0 => "HT", var k => "H" + (char)('A' + k - 1) };
        return string.Create(CultureInfo.InvariantCulture, $"{n % 1_000_000:000000}{suffix}");
    }

    private string HaTinhPlace() => Pick(DemoCatalogue.HaTinhCommunes) + ", " + DemoCatalogue.HaTinh;

    private LegalBasis Basis(string kind, string suffix, DateOnly date) => new(Number(kind, suffix), date, "Ban Thường vụ Đảng ủy Khối");

    private string Number(string kind, string suffix) => string.Create(CultureInfo.InvariantCulture, $"{kind} {_rng.Next(1, 400):00}-{suffix}");

    private DateOnly? EventDate(Member member, DateOnly to)
    {
        var from = member.LastEventDate.AddDays(1);
        return from > to ? null : RandomDate(from, to);
    }

    private ChangeStamp Stamp(Role role) => new(null, "Dữ liệu benchmark", role, _nowUtc, _today);

    private bool Chance(double probability) => _rng.NextDouble() < probability;

    private T Pick<T>(T[] items) => items[_rng.Next(items.Length)];

    private DateOnly RandomDate(DateOnly from, DateOnly to) => from.AddDays(_rng.Next(to.DayNumber - from.DayNumber + 1));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static void Check(Result result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.ToString())));
        }
    }
}

/// Draws from (value, weight) pools in O(log n).
internal sealed class Weighted<T>
{
    private readonly T[] _values;
    private readonly int[] _cumulative;

    public Weighted((T Value, int Weight)[] items)
    {
        _values = items.Select(i => i.Value).ToArray();
        _cumulative = new int[items.Length];
        var sum = 0;
        for (var i = 0; i < items.Length; i++)
        {
            sum += items[i].Weight;
            _cumulative[i] = sum;
        }
    }

    public T Pick(Random rng)
    {
        var roll = rng.Next(_cumulative[^1]);
        var i = Array.BinarySearch(_cumulative, roll + 1);
        return _values[i < 0 ? ~i : i];
    }
}
