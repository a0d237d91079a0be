using Herald.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Herald.Data.Configurations;

internal sealed class ScoutCandidateConfiguration : IEntityTypeConfiguration<ScoutCandidate>
{
    public void Configure(EntityTypeBuilder<ScoutCandidate> builder)
    {
        builder.Property(c => c.PersonKey).HasMaxLength(200);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(256);
        builder.Property(c => c.Department).HasMaxLength(200);
        builder.Property(c => c.Location).HasMaxLength(200);
        builder.Property(c => c.ReasonsEn).HasMaxLength(2000);
        builder.Property(c => c.ReasonsDe).HasMaxLength(2000);
        builder.Property(c => c.Note).HasMaxLength(500);
        builder.Property(c => c.Draft).HasMaxLength(4000);
        builder.HasIndex(c => new { c.RunId, c.State });
    }
}
