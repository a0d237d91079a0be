using Herald.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Herald.Data.Configurations;

internal sealed class GuidelineConfiguration : IEntityTypeConfiguration<GuidelineVersion>, IEntityTypeConfiguration<GuidelineAcknowledgement>
{
    public void Configure(EntityTypeBuilder<GuidelineVersion> builder) =>
        builder.Property(g => g.Comment).HasMaxLength(500);

    public void Configure(EntityTypeBuilder<GuidelineAcknowledgement> builder)
    {
        builder.HasKey(a => new { a.UserId, a.GuidelineVersionId });
        builder.HasOne<HeraldUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<GuidelineVersion>().WithMany().HasForeignKey(a => a.GuidelineVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
