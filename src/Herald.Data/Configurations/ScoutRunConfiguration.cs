using Herald.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Herald.Data.Configurations;

internal sealed class ScoutRunConfiguration : IEntityTypeConfiguration<ScoutRun>
{
    public void Configure(EntityTypeBuilder<ScoutRun> builder)
    {
        builder.Property(r => r.Language).HasMaxLength(8);
        builder.Property(r => r.TopicTerms).HasMaxLength(4000);
        builder.Property(r => r.Warnings).HasMaxLength(8000);
        builder.HasOne(r => r.CreatedBy).WithMany().HasForeignKey(r => r.CreatedById).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Candidates).WithOne(c => c.Run).HasForeignKey(c => c.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.CreatedAt);
    }
}
