using Herald.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Herald.Data.Configurations;

internal sealed class DraftConfiguration : IEntityTypeConfiguration<Draft>
{
    public void Configure(EntityTypeBuilder<Draft> builder)
    {
        builder.HasOne<HeraldUser>().WithMany().HasForeignKey(d => d.AuthorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.AuthorId, d.UpdatedAt });
        builder.Property(d => d.PublishedUrl).HasMaxLength(2000);
        builder.Property(d => d.RaisedCategories).HasMaxLength(200);
    }
}
