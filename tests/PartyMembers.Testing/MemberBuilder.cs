using System.Globalization;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;

namespace PartyMembers.Testing;

/// Builds a registered <see cref="Member"/> with valid defaults: an official member born 12/05/1990, admitted by a
/// decision of 20/04/2015, ceremony 19/05/2015, official 19/05/2016, in a cell, registered by the organisation board on
/// <see cref="TestDates.Today"/>. The personal ID follows the birth date and sex unless set explicitly; each builder gets
/// its own ID serial and résumé number.
public sealed class MemberBuilder
{
    public static readonly DateOnly DefaultDateOfBirth = new(1990, 5, 12);
    public static readonly DateOnly DefaultDecisionDate = new(2015, 4, 20);
    public static readonly DateOnly DefaultCeremonyDate = new(2015, 5, 19);
    public static readonly DateOnly DefaultOfficialDate = new(2016, 5, 19);

    /// Days between the admission decision and the ceremony when only the ceremony date is given.
    public const int DecisionDaysBeforeCeremony = 29;

    /// The probation period (Party Charter Art. 5) used when only the ceremony date is given.
    public const int ProbationMonths = 12;

    private static int _resumeSerial;

    private MemberDetails _details;
    private MembershipRecord _record;
    private string? _personalId;
    private Guid _homeUnitId = Guid.NewGuid();
    private UnitType _homeUnitType = UnitType.Cell;
    private Role _role = Role.OrganisationBoard;
    private DateOnly _today = TestDates.Today;

    public MemberBuilder()
    {
        var serial = Interlocked.Increment(ref _resumeSerial);
        _details = new MemberDetails
        {
            FullName = "Nguyễn Văn An",
            Sex = Sex.Male,
            DateOfBirth = DefaultDateOfBirth,
            BirthPlace = "Xã Thạch Đài, huyện Thạch Hà, tỉnh Hà Tĩnh",
            HomeTown = "Xã Thạch Đài, huyện Thạch Hà, tỉnh Hà Tĩnh",
            Residence = "Phường Thành Sen, tỉnh Hà Tĩnh",
            Ethnicity = "Kinh",
            Religion = "Không",
            Occupation = "Công chức",
            GeneralEducation = "12/12",
            ProfessionalDegree = "Cử nhân Kinh tế",
            PoliticalTheory = PoliticalTheoryLevel.Intermediate,
            ResumeNumber = string.Create(CultureInfo.InvariantCulture, $"{serial % 1_000_000:000000}HT"),
            Introducers = "Trần Văn Bình; Lê Thị Cúc",
        };
        _record = new MembershipRecord
        {
            Type = MembershipType.Official,
            AdmissionDecisionDate = DefaultDecisionDate,
            AdmissionDecision = LegalBases.Sample(DefaultDecisionDate, "37-QĐ/ĐU"),
            CeremonyDate = DefaultCeremonyDate,
            OfficialDate = DefaultOfficialDate,
        };
    }

    public MemberBuilder Named(string fullName)
    {
        _details = _details with { FullName = fullName };
        return this;
    }

    public MemberBuilder WithSex(Sex sex)
    {
        _details = _details with { Sex = sex };
        return this;
    }

    public MemberBuilder BornOn(DateOnly dateOfBirth)
    {
        _details = _details with { DateOfBirth = dateOfBirth };
        return this;
    }

    /// Sets the personal ID as typed; without it the ID is generated from the birth date and sex.
    public MemberBuilder WithPersonalId(string personalId)
    {
        _personalId = personalId;
        return this;
    }

    public MemberBuilder WithResumeNumber(string? resumeNumber)
    {
        _details = _details with { ResumeNumber = resumeNumber };
        return this;
    }

    public MemberBuilder WithCardNumber(string? cardNumber)
    {
        _details = _details with { CardNumber = cardNumber };
        return this;
    }

    /// Any other change to the details (applied before the personal ID is generated).
    public MemberBuilder WithDetails(Func<MemberDetails, MemberDetails> change)
    {
        _details = change(_details);
        return this;
    }

    /// A probationary member: ceremony on <paramref name="ceremonyDate"/>, decision
    /// <see cref="DecisionDaysBeforeCeremony"/> days earlier unless given.
    public MemberBuilder Probationary(DateOnly ceremonyDate, DateOnly? decisionDate = null)
    {
        var decided = decisionDate ?? ceremonyDate.AddDays(-DecisionDaysBeforeCeremony);
        _record = _record with
        {
            Type = MembershipType.Probationary,
            AdmissionDecisionDate = decided,
            AdmissionDecision = LegalBases.Sample(decided, "37-QĐ/ĐU"),
            CeremonyDate = ceremonyDate,
            OfficialDate = null,
        };
        return this;
    }

    /// An official member: ceremony on <paramref name="ceremonyDate"/>, official <see cref="ProbationMonths"/> months
    /// later unless given, decision <see cref="DecisionDaysBeforeCeremony"/> days before the ceremony unless given.
    public MemberBuilder Official(DateOnly ceremonyDate, DateOnly? officialDate = null, DateOnly? decisionDate = null)
    {
        var decided = decisionDate ?? ceremonyDate.AddDays(-DecisionDaysBeforeCeremony);
        _record = _record with
        {
            Type = MembershipType.Official,
            AdmissionDecisionDate = decided,
            AdmissionDecision = LegalBases.Sample(decided, "37-QĐ/ĐU"),
            CeremonyDate = ceremonyDate,
            OfficialDate = officialDate ?? ceremonyDate.AddMonths(ProbationMonths),
        };
        return this;
    }

    /// The member came to this organisation by a transfer on <paramref name="joinedOn"/> (null: admitted here).
    public MemberBuilder JoinedOn(DateOnly? joinedOn)
    {
        _record = _record with { JoinedOrganisationOn = joinedOn };
        return this;
    }

    public MemberBuilder WithBirthDateCertified(bool certified = true)
    {
        _record = _record with { BirthDateCertified = certified };
        return this;
    }

    /// Any other change to the membership record.
    public MemberBuilder WithRecord(Func<MembershipRecord, MembershipRecord> change)
    {
        _record = change(_record);
        return this;
    }

    public MemberBuilder InUnit(OrganisationUnit unit) => InUnit(unit.Id, unit.Type);

    public MemberBuilder InUnit(Guid unitId, UnitType unitType)
    {
        _homeUnitId = unitId;
        _homeUnitType = unitType;
        return this;
    }

    /// The role that registers the member (default <see cref="Role.OrganisationBoard"/>).
    public MemberBuilder RecordedBy(Role role)
    {
        _role = role;
        return this;
    }

    /// The "today" of the registration (default <see cref="TestDates.Today"/>).
    public MemberBuilder On(DateOnly today)
    {
        _today = today;
        return this;
    }

    public MemberDetails BuildDetails() =>
        _details with { PersonalIdNumber = _personalId ?? PersonalIds.For(_details.DateOfBirth, _details.Sex) };

    public MembershipRecord BuildRecord() => _record;

    public ChangeStamp BuildStamp() => TestStamps.As(_role, _today);

    public Result<Member> TryBuild() => Member.Register(BuildDetails(), _record, _homeUnitId, _homeUnitType, BuildStamp());

    /// Registers the member, or throws <see cref="BuildFailedException"/> listing the rules broken.
    public Member Build() => BuildFailedException.Unwrap(TryBuild(), "a member");
}
