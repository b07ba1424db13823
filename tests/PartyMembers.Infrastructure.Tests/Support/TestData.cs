using System.Globalization;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Common;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Infrastructure.Identity;

namespace PartyMembers.Infrastructure.Tests.Support;

/// Small builders with valid defaults (the shared PartyMembers.Testing builders did not exist when these tests were
/// written). Everything goes through the domain's own factories and named methods.
public static class TestData
{
    private static int _serial;

    public static ChangeStamp Stamp(TestDatabase db, Role role = Role.OrganisationBoard) =>
        new(db.Actor.UserId, db.Actor.UserName, role, db.Clock.GetUtcNow().UtcDateTime, db.Today);

    public static LegalBasis Decision(string number, DateOnly date, string issuer = "Ban Thường vụ Đảng ủy Khối") =>
        new(number, date, issuer);

    public static T Ok<T>(Result<T> result)
        where T : class
    {
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value!;
    }

    public static void Ok(Result result) => Assert.True(result.Succeeded, string.Join("; ", result.Errors));

    /// Upper committee → grassroots committee → cells A and B; and a grassroots cell directly under the upper committee.
    public static UnitTree Units(DateOnly today)
    {
        var established = new DateOnly(2010, 1, 1);
        var upper = Ok(OrganisationUnit.CreateRoot(UnitType.UpperCommittee, "Đảng bộ các cơ quan Đảng tỉnh", "DBCQ", established, null, today));
        var grassroots = Ok(upper.CreateChild(UnitType.GrassrootsCommittee, "Đảng bộ Sở Tài chính", "STC", established,
            Decision("12-QĐ/ĐU", established), today));
        var cellA = Ok(grassroots.CreateChild(UnitType.Cell, "Chi bộ Phòng Ngân sách", "STC-NS", established, null, today));
        var cellB = Ok(grassroots.CreateChild(UnitType.Cell, "Chi bộ Văn phòng", "STC-VP", established, null, today));
        var cellC = Ok(upper.CreateChild(UnitType.GrassrootsCell, "Chi bộ Báo tỉnh", "BAO", established, null, today));
        return new UnitTree(upper, grassroots, cellA, cellB, cellC);
    }

    /// A well-formed 12-digit personal ID for the birth year and sex, unique in this test run.
    public static string PersonalId(DateOnly dateOfBirth, Sex sex)
    {
        var serial = Interlocked.Increment(ref _serial);
        return string.Create(CultureInfo.InvariantCulture,
            $"001{PersonalIdNumber.CenturySexDigit(dateOfBirth.Year, sex)}{dateOfBirth.Year % 100:00}{serial + 100000:000000}");
    }

    public static MemberDetails Details(
        string fullName, string? personalId = null, string? resumeNumber = null, Sex sex = Sex.Male, DateOnly? dateOfBirth = null)
    {
        var dob = dateOfBirth ?? new DateOnly(1985, 4, 12);
        return new MemberDetails
        {
            FullName = fullName,
            Sex = sex,
            DateOfBirth = dob,
            BirthPlace = "Xã Tân Lập, huyện Đan Phượng, Hà Nội",
            HomeTown = "Nghệ An",
            Residence = "12 Lê Lợi, Hoàn Kiếm, Hà Nội",
            Ethnicity = "Kinh",
            Religion = "Không",
            Occupation = "Chuyên viên",
            GeneralEducation = "12/12",
            ProfessionalDegree = "Cử nhân Kinh tế",
            PoliticalTheory = PoliticalTheoryLevel.Intermediate,
            PersonalIdNumber = personalId ?? PersonalId(dob, sex),
            ResumeNumber = resumeNumber,
            Introducers = "Trần Văn Bình; Lê Thị Cúc",
        };
    }

    public static MembershipRecord Official(DateOnly ceremony, DateOnly? joinedOrganisationOn = null) => new()
    {
        Type = MembershipType.Official,
        AdmissionDecisionDate = ceremony.AddDays(-20),
        AdmissionDecision = Decision("45-QĐ/ĐU", ceremony.AddDays(-20)),
        CeremonyDate = ceremony,
        OfficialDate = ceremony.AddMonths(12),
        JoinedOrganisationOn = joinedOrganisationOn,
    };

    public static MembershipRecord Probationary(DateOnly ceremony) => new()
    {
        Type = MembershipType.Probationary,
        AdmissionDecisionDate = ceremony.AddDays(-20),
        AdmissionDecision = Decision("46-QĐ/ĐU", ceremony.AddDays(-20)),
        CeremonyDate = ceremony,
    };

    public static Member Member(
        TestDatabase db, OrganisationUnit unit, string fullName = "Nguyễn Văn An", MembershipRecord? record = null,
        string? personalId = null, string? resumeNumber = null) =>
        Ok(Domain.Members.Member.Register(
            Details(fullName, personalId, resumeNumber), record ?? Official(new DateOnly(2015, 3, 2)), unit.Id, unit.Type, Stamp(db)));

    public static ApplicationUser User(string userName = "bithu.chibo@example.vn") => new()
    {
        Id = Ids.New(),
        UserName = userName,
        NormalizedUserName = userName.ToUpperInvariant(),
        Email = userName,
        NormalizedEmail = userName.ToUpperInvariant(),
        DisplayName = "Bí thư Chi bộ",
        PasswordHash = "AQAAAAIAAYagAAAAEPasswordHashThatMustNeverBeAudited==",
        SecurityStamp = "SECURITYSTAMPMUSTNOTLEAK",
        ConcurrencyStamp = Guid.NewGuid().ToString(),
        CreatedAtUtc = new DateTime(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc),
    };
}

public sealed record UnitTree(
    OrganisationUnit Upper, OrganisationUnit Grassroots, OrganisationUnit CellA, OrganisationUnit CellB, OrganisationUnit GrassrootsCell)
{
    public IEnumerable<OrganisationUnit> All => [Upper, Grassroots, CellA, CellB, GrassrootsCell];
}
