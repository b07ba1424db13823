using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PartyMembers.Domain.Accounts;
using PartyMembers.Domain.Admission;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;
using PartyMembers.Domain.Rules;
using PartyMembers.Domain.WorkLife;
using PartyMembers.Infrastructure.Auditing;
using PartyMembers.Infrastructure.Identity;

namespace PartyMembers.Infrastructure.Persistence;

/// The one database context, Identity included. Configurations live one per entity in Configurations/.
public sealed class PartyMembersDbContext(DbContextOptions<PartyMembersDbContext> options)
    : IdentityUserContext<ApplicationUser, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<OrganisationUnit> Units => Set<OrganisationUnit>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<MemberEvent> MemberEvents => Set<MemberEvent>();

    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();

    public DbSet<RuleParameter> RuleParameters => Set<RuleParameter>();

    public DbSet<CalendarEntry> CalendarEntries => Set<CalendarEntry>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AdmissionCase> AdmissionCases => Set<AdmissionCase>();

    public DbSet<CaseDecision> AdmissionDecisions => Set<CaseDecision>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<Domain.Meetings.Meeting> Meetings => Set<Domain.Meetings.Meeting>();

    public DbSet<Domain.Meetings.MeetingAttendance> MeetingAttendance => Set<Domain.Meetings.MeetingAttendance>();

    public DbSet<Domain.Transfers.TransferCase> TransferCases => Set<Domain.Transfers.TransferCase>();

    public DbSet<Domain.Transfers.MemberHold> MemberHolds => Set<Domain.Transfers.MemberHold>();

    public DbSet<WorkAssignment> WorkAssignments => Set<WorkAssignment>();

    public DbSet<ExemptionCase> ExemptionCases => Set<ExemptionCase>();

    public DbSet<StudyRecord> StudyRecords => Set<StudyRecord>();

    public DbSet<Domain.Fees.FeeBasis> FeeBases => Set<Domain.Fees.FeeBasis>();

    public DbSet<Domain.Fees.FeePayment> FeePayments => Set<Domain.Fees.FeePayment>();

    public DbSet<Domain.Fees.FeeRelief> FeeReliefs => Set<Domain.Fees.FeeRelief>();

    public DbSet<Domain.Privacy.LawfulBasisRecord> LawfulBasisRecords => Set<Domain.Privacy.LawfulBasisRecord>();

    /// Why the changes about to be saved are made; written on their audit rows.
    public string? ChangeReason { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PartyMembersDbContext).Assembly);
        ProviderConventions.Apply(builder, Database.ProviderName);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }
}
