using Herald.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Herald.Data.Configurations;

internal sealed class AmbassadorProfileConfiguration : IEntityTypeConfiguration<AmbassadorProfile>
{
    public void Configure(EntityTypeBuilder<AmbassadorProfile> builder)
    {
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.Title).HasMaxLength(100);
        builder.Property(p => p.Topics).HasMaxLength(1000);
        // Up to 99.5 hours a week, in half hours.
        builder.Property(p => p.WeeklyHours).HasPrecision(4, 1);
        builder.HasOne(p => p.User).WithOne().HasForeignKey<AmbassadorProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Buddy).WithMany().HasForeignKey(p => p.BuddyId).OnDelete(DeleteBehavior.SetNull);
    }
}
