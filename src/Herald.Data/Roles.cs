namespace Herald.Data;

/// <summary>The role names stored in Identity. Stable strings: they are data.</summary>
public static class Roles
{
    public const string Administrator = "administrator";
    public const string ProgrammeLead = "programme-lead";
    public const string SecurityOwner = "security-owner";
    public const string Ambassador = "ambassador";
    public const string Employee = "employee";

    public static IReadOnlyList<string> All { get; } = [Administrator, ProgrammeLead, SecurityOwner, Ambassador, Employee];
}
