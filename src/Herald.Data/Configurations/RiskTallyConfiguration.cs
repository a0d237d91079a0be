using Herald.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Herald.Data.Configurations;

internal sealed class RiskTallyConfiguration : IEntityTypeConfiguration<RiskTally>
{
    public void Configure(EntityTypeBuilder<RiskTally> builder)
    {
        builder.HasKey(t => new { t.Month, t.Category });
        builder.Property(t => t.Category).HasMaxLength(32);
    }
}
