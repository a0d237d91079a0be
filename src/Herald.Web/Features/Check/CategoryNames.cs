using Microsoft.Extensions.Localization;

namespace Herald.Web.Features.Check;

/// <summary>How the Guard's categories and verdicts read on screen.</summary>
internal static class CategoryNames
{
    public static string Display(IStringLocalizer text, string category) => category switch
    {
        "secret" => text["Secret"],
        "personal-data" => text["Personal data"],
        "confidential" => text["Confidential"],
        "classification" => text["Classification mark"],
        "insider" => text["Inside information"],
        "security-posture" => text["Security details"],
        _ => category,
    };

    public static string Verdict(IStringLocalizer text, string verdict) => verdict switch
    {
        "ok" => text["Good to go."],
        "warn" => text["Worth a second look before you post."],
        _ => text["Please change this before you post."],
    };
}
