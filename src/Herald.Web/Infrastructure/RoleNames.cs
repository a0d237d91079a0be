using Herald.Data;
using Microsoft.Extensions.Localization;

namespace Herald.Web.Infrastructure;

/// <summary>How roles are named on screen, in the reader's language.</summary>
internal static class RoleNames
{
    public static string Display(IStringLocalizer text, string role) => role switch
    {
        Roles.Administrator => text["Administrator"],
        Roles.ProgrammeLead => text["Programme lead"],
        Roles.SecurityOwner => text["Security owner"],
        Roles.Ambassador => text["Ambassador"],
        Roles.Employee => text["Employee"],
        _ => role,
    };
}
