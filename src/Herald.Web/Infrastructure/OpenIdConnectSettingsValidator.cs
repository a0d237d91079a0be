using Microsoft.Extensions.Options;

namespace Herald.Web.Infrastructure;

/// <summary>Names every missing or wrong single sign-on setting at start, instead of failing at the first sign-in.</summary>
internal sealed class OpenIdConnectSettingsValidator : IValidateOptions<OpenIdConnectSettings>
{
    public ValidateOptionsResult Validate(string? name, OpenIdConnectSettings options)
    {
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
