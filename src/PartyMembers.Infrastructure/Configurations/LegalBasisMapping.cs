using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyMembers.Domain.Common;

namespace PartyMembers.Infrastructure.Configurations;

internal static class LegalBasisMapping
{
    /// Maps an optional legal basis to three columns named after the property.
    public static void Map(ComplexPropertyBuilder<LegalBasis> basis, string prefix)
    {
        basis.Property(b => b.DocumentNumber).HasColumnName(prefix + "Number").HasMaxLength(LegalBasis.NumberMaxLength);
        basis.Property(b => b.DocumentDate).HasColumnName(prefix + "Date");
        basis.Property(b => b.Issuer).HasColumnName(prefix + "Issuer").HasMaxLength(LegalBasis.IssuerMaxLength);
    }
}
