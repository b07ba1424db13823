using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyMembers.Domain.Members;
using PartyMembers.Domain.Organisation;

namespace PartyMembers.Infrastructure.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("Members");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.FullName).HasMaxLength(MemberDetails.NameMaxLength).IsRequired();
        builder.Property(m => m.OtherNames).HasMaxLength(MemberDetails.NameMaxLength);
        builder.Property(m => m.BirthPlace).HasMaxLength(MemberDetails.PlaceMaxLength);
        builder.Property(m => m.HomeTown).HasMaxLength(MemberDetails.PlaceMaxLength);
        builder.Property(m => m.Residence).HasMaxLength(MemberDetails.PlaceMaxLength);
        builder.Property(m => m.Ethnicity).HasMaxLength(MemberDetails.ShortTextMaxLength);
        builder.Property(m => m.Religion).HasMaxLength(MemberDetails.ShortTextMaxLength);
        builder.Property(m => m.Occupation).HasMaxLength(MemberDetails.PlaceMaxLength);
        builder.Property(m => m.GeneralEducation).HasMaxLength(MemberDetails.ShortTextMaxLength);
        builder.Property(m => m.ProfessionalDegree).HasMaxLength(MemberDetails.PlaceMaxLength);
        builder.Property(m => m.Introducers).HasMaxLength(MemberDetails.IntroducersMaxLength);
        builder.Property(m => m.PersonalIdNumber).HasMaxLength(PersonalIdNumber.Length).IsUnicode(false).IsRequired();
        builder.Property(m => m.ResumeNumber).HasMaxLength(ResumeNumber.MaxLength).IsUnicode(false);
        builder.Property(m => m.CardNumber).HasMaxLength(CardNumber.MaxLength).IsUnicode(false);
        builder.Property(m => m.SearchName).HasMaxLength(Member.SearchKeyMaxLength).IsRequired();
        builder.Property(m => m.SearchGivenName).HasMaxLength(Member.SearchKeyMaxLength).IsRequired();
        builder.Property(m => m.NameKey).HasMaxLength(Member.SearchKeyMaxLength).IsRequired();
        builder.Property(m => m.GivenNameKey).HasMaxLength(Member.SearchKeyMaxLength).IsRequired();
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Ignore(m => m.Snapshot);
        builder.Ignore(m => m.IsClosed);
        builder.Ignore(m => m.IsCounted);

        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(m => m.HomeUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.NewEvents).WithOne().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(m => m.NewEvents).HasField("_events");

        builder.HasIndex(m => m.PersonalIdNumber).IsUnique();
        builder.HasIndex(m => m.ResumeNumber).IsUnique().HasFilter("[ResumeNumber] IS NOT NULL");
        builder.HasIndex(m => m.CardNumber).IsUnique().HasFilter("[CardNumber] IS NOT NULL");

        // Keyset paging and search: whole organisation by name, one unit by name, given name, and the same two with
        // exact diacritics (MemberSearch reads one of these ranges per phase).
        builder.HasIndex(m => new { m.SearchName, m.Id });
        builder.HasIndex(m => new { m.HomeUnitId, m.SearchName, m.Id });
        builder.HasIndex(m => new { m.SearchGivenName, m.SearchName, m.Id });
        builder.HasIndex(m => new { m.NameKey, m.Id });
        builder.HasIndex(m => new { m.GivenNameKey, m.NameKey, m.Id });

        // The same ranges inside a unit, for secretaries whose scope is a cell or a grassroots organisation.
        builder.HasIndex(m => new { m.HomeUnitId, m.SearchGivenName, m.SearchName, m.Id });
        builder.HasIndex(m => new { m.HomeUnitId, m.NameKey, m.Id });
        builder.HasIndex(m => new { m.HomeUnitId, m.GivenNameKey, m.NameKey, m.Id });
        builder.HasIndex(m => new { m.HomeUnitId, m.Status, m.Type });
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(m => m.TemporaryUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.TemporaryUnitId).HasFilter("[TemporaryUnitId] IS NOT NULL");
    }
}
