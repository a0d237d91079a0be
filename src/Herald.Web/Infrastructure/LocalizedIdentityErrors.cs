using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Herald.Web.Infrastructure;

/// <summary>Identity's validation messages in the reader's language, for the errors a person can cause on Herald's forms.</summary>
internal sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> text) : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), text["There is already an account with this email address."]);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), text["There is already an account with this email address."]);

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), text["Please enter a valid email address."]);

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), string.Format(CultureInfo.CurrentCulture, text["The password needs at least {0} characters."], length));

    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), text["Something went wrong. Please try again."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
