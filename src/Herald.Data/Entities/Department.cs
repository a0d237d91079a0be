namespace Herald.Data.Entities;

/// <summary>A part of the organisation (IT, marketing, sales …). Ambassadors come from many of them.</summary>
public sealed class Department
{
    public int Id { get; set; }

    public required string Name { get; set; }
}
