using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyMembers.Domain.Organisation;

namespace PartyMembers.Infrastructure.Configurations;

internal sealed class OrganisationUnitConfiguration : IEntityTypeConfiguration<OrganisationUnit>
{
    public void Configure(EntityTypeBuilder<OrganisationUnit> builder)
    {
        builder.ToTable("Units");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Name).HasMaxLength(OrganisationUnit.NameMaxLength).IsRequired();
        builder.Property(u => u.Code).HasMaxLength(OrganisationUnit.CodeMaxLength);
        builder.Property(u => u.Path).HasMaxLength(OrganisationUnit.PathMaxLength).IsRequired();
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.ComplexProperty(u => u.EstablishmentDecision, b => LegalBasisMapping.Map(b, "EstablishmentDecision"));
        builder.ComplexProperty(u => u.DissolutionDecision, b => LegalBasisMapping.Map(b, "DissolutionDecision"));
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.Path).IsUnique();
        builder.HasIndex(u => u.ParentId);
        builder.HasIndex(u => u.Code).IsUnique().HasFilter("[Code] IS NOT NULL");
        builder.Ignore(u => u.IsDissolved);
    }
}
