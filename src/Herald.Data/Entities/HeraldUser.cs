using Microsoft.AspNetCore.Identity;

namespace Herald.Data.Entities;

/// <summary>A person who signs in to Herald: an account, whatever their role.</summary>
public sealed class HeraldUser : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>"de" or "en"; null follows the browser.</summary>
    public string? PreferredLanguage { get; set; }

    public int? DepartmentId { get; set; }

    public Department? Department { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
