using System.Globalization;

namespace Herald.Scout.Invitations;

/// <summary>
/// Writes the personal invitation drafts. They follow the programme's principles: the role is named by its expertise,
/// joining is a free choice that can be undone, the time budget is explicit and agreed with the manager, a buddy and a
/// community help, and the frame is trust. The drafts say why the person was thought of in terms of what they know;
/// they never quote measurements of their contacts.
/// </summary>
internal static class InvitationWriter
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    // Ties into this many departments (own included) make "you work across many parts of the company" true.
    private const int ManyDepartments = 3;

    public static Invitation Write(PersonAssessment assessment, InvitationSettings settings)
    {
        var firstName = FirstName(assessment.Person.Name);
        var role = settings.RoleTitle.Trim();
        var hours = settings.HoursPerWeek;
        var hoursEn = string.Create(English, $"{hours:0.#} {(hours == 1 ? "hour" : "hours")}");
        var hoursDe = string.Create(German, $"{hours:0.#} {(hours == 1 ? "Stunde" : "Stunden")}");
        var senderEn = settings.Sender ?? "Your programme team";
        var senderDe = settings.Sender ?? "Dein Programmteam";

        var (whyEn, whyDe) = Why(assessment);

        var en = $"""
            {(firstName is null ? "Hello," : $"Hello {firstName},")}

            We are starting a small group of colleagues who take on the role of "{role}": people from different parts of the company who share what they know about {settings.Topic.En} — with their teams and, if they like, in public, for example on LinkedIn.

            {whyEn}

            What it would mean for you:
            - It is your decision. Joining is voluntary, and you can step back at any time.
            - About {hoursEn} a week, agreed with your manager.
            - A buddy from another department, and a community of colleagues who do the same.
            - We trust you: clear guidelines instead of prohibitions, training in small steps, and a private check of your drafts before you post that only you see.

            If you are interested, just reply to this message. If you have questions first, we are happy to talk.

            Best regards
            {senderEn}
            """;
        var de = $"""
            {(firstName is null ? "Hallo," : $"Hallo {firstName},")}

            wir bauen eine kleine Gruppe von Kolleg:innen auf, die die Rolle „{role}“ übernehmen: Menschen aus verschiedenen Bereichen des Unternehmens, die ihr Wissen über {settings.Topic.De} teilen — im eigenen Team und, wenn sie möchten, auch öffentlich, zum Beispiel auf LinkedIn.

            {whyDe}

            Was das für dich bedeutet:
            - Du entscheidest. Mitmachen ist freiwillig, und du kannst jederzeit wieder aussteigen.
            - Etwa {hoursDe} pro Woche, abgestimmt mit deiner Führungskraft.
            - Ein Buddy aus einem anderen Bereich und eine Community von Kolleg:innen, die dasselbe tun.
            - Wir vertrauen dir: klare Leitlinien statt Verbote, Training in kleinen Schritten und ein privater Check deiner Entwürfe vor dem Posten, den nur du siehst.

            Wenn du Lust hast, antworte einfach auf diese Nachricht. Wenn du vorher Fragen hast, sprechen wir gern darüber.

            Viele Grüße
            {senderDe}
            """;

        return new Invitation(
            new ScoutText($"Would you like to join us as a {role}?", $"Hast du Lust, als {role} mitzumachen?"),
            new ScoutText(en, de));
    }

    private static (string En, string De) Why(PersonAssessment assessment)
    {
        var en = new List<string>();
        var de = new List<string>();
        if (assessment.SelfNominated)
        {
            en.Add("Thank you for putting yourself forward — we would be glad to have you.");
            de.Add("Danke, dass du dich gemeldet hast — wir freuen uns auf dich.");
        }

        if (assessment.TopicTerms.Count > 0)
        {
            var terms = assessment.TopicTerms.Take(3).ToList();
            if (assessment.SelfNominated)
            {
                en.Add($"Your experience with {Join(terms, "and")} fits the role very well.");
                de.Add($"Deine Erfahrung mit {Join(terms, "und")} passt sehr gut zur Rolle.");
            }
            else
            {
                en.Add($"We thought of you because of your experience with {Join(terms, "and")}.");
                de.Add($"Wir haben an dich gedacht, weil du Erfahrung mit {Join(terms, "und")} mitbringst.");
            }
        }

        if (assessment.DepartmentsReached >= ManyDepartments)
        {
            var also = assessment.TopicTerms.Count > 0 || assessment.SelfNominated;
            en.Add(also
                ? "You also work with colleagues across many parts of the company — exactly the kind of bridge the programme needs."
                : "We thought of you because you work with colleagues across many parts of the company — exactly the kind of bridge the programme needs.");
            de.Add(also
                ? "Außerdem arbeitest du mit Kolleg:innen aus vielen Bereichen zusammen — genau solche Brücken braucht das Programm."
                : "Wir haben an dich gedacht, weil du mit Kolleg:innen aus vielen Bereichen zusammenarbeitest — genau solche Brücken braucht das Programm.");
        }

        if (assessment.Visibility > 0)
        {
            en.Add("And you already share your knowledge in public.");
            de.Add("Und du teilst dein Wissen schon heute öffentlich.");
        }

        if (en.Count == 0)
        {
            en.Add("We thought of you because colleagues across the company know you and work with you.");
            de.Add("Wir haben an dich gedacht, weil dich Kolleg:innen im ganzen Unternehmen kennen und mit dir zusammenarbeiten.");
        }

        return (string.Join(" ", en), string.Join(" ", de));
    }

    private static string Join(List<string> items, string and) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items[..^1])} {and} {items[^1]}";

    private static string? FirstName(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        // "Last, First" is a common export format.
        var comma = trimmed.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && comma < trimmed.Length - 1)
        {
            trimmed = trimmed[(comma + 1)..].Trim();
        }

        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? trimmed[..space] : trimmed;
    }
}
