using Microsoft.AspNetCore.Localization;

namespace Herald.Web.Infrastructure;

/// <summary>Carries the user's language setting between requests.</summary>
internal static class LanguageCookie
{
    public const string Name = "herald.lang";

    public static void Set(HttpResponse response, string? language)
    {
        if (language is not ("de" or "en"))
        {
            response.Cookies.Delete(Name);
            return;
        }

        response.Cookies.Append(
            Name,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions { Secure = response.HttpContext.Request.IsHttps, HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
    }
}
