using Herald.Data;
using Herald.Data.Entities;
using Herald.Guard.Policy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Herald.Web.Features.Demo;

/// <summary>
/// Fills an empty installation with a made-up German company (Nordwind Logistik AG): departments,
/// 40 people, 6 ambassadors from IT, marketing, sales and HR, a policy, guidelines, drafts and published
/// posts. Runs once: an installation that already has departments is left alone.
/// </summary>
internal sealed partial class DemoSeed(HeraldDbContext db, UserManager<HeraldUser> users, ILogger<DemoSeed> logger)
{
    /// <summary>Every demo account signs in with this password. Demo data only: never use --demo for real data.</summary>
    public const string Password = "herald-demo-2026";

    public const string Domain = "nordwind-logistik.example";

    private static readonly string[] Departments = ["IT", "Marketing", "Vertrieb", "Personal", "Finanzen", "Logistik"];

    private static readonly string[] FirstNames =
    [
        "Sandra", "Jonas", "Aylin", "Lukas", "Mia", "Felix", "Lea", "Paul", "Emma", "Leon",
        "Hannah", "Elias", "Sophie", "Noah", "Marie", "Ben", "Lina", "Finn", "Clara", "Tim",
        "Laura", "David", "Anna", "Jan", "Julia", "Moritz", "Sarah", "Niklas", "Katharina", "Tobias",
        "Lisa", "Florian", "Johanna", "Simon", "Nele", "Max", "Ida", "Erik", "Greta", "Oskar",
    ];

    private static readonly string[] LastNames =
    [
        "Becker", "Wagner", "Yılmaz", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder",
        "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
        "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter",
        "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung",
    ];

    // Who is an ambassador (index into the people above), their department, title and topics.
    private static readonly (int Person, string Department, string Title, string Topics)[] Ambassadors =
    [
        (1, "IT", "Cyber-Security Expert", "Netzwerksicherheit\nPhishing"),
        (3, "IT", "Cloud Security Engineer", "Cloud\nPasswortmanager"),
        (4, "Marketing", "Cyber-Security Expert", "Social Engineering\nMarkenschutz"),
        (5, "Vertrieb", "Security im Vertrieb", "Kundengespräche\nFake-Recruiter"),
        (6, "Vertrieb", "Cyber-Security Expert", "Sichere Reisen\nÖffentliches WLAN"),
        (7, "Personal", "Security Awareness im HR", "Bewerbungsbetrug\nDeepfakes"),
    ];

    private static readonly string[] PublishedPosts =
    [
        "Drei Zeichen, an denen ihr eine Phishing-Mail erkennt – und warum das Bauchgefühl oft recht hat. #Phishing #Security",
        "Passwortmanager sind nicht kompliziert. So habe ich meine Familie überzeugt. #Passwörter",
        "Neulich auf der Konferenz: Warum Deepfake-Anrufe das neue Phishing sind. #Deepfake #Awareness",
        "Ein Recruiter bot mir einen Traumjob an – nach zwei Nachrichten wollte er meine Zugangsdaten. #FakeRecruiter",
        "Öffentliches WLAN im Hotel? Mein einfacher Ablauf für sichere Geschäftsreisen. #Reisen #Security",
    ];

    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Departments.AnyAsync(cancellationToken))
        {
            return false;
        }

        var departments = Departments.Select(name => new Department { Name = name }).ToList();
        db.Departments.AddRange(departments);
        await db.SaveChangesAsync(cancellationToken);

        var people = new List<HeraldUser>();
        for (var i = 0; i < FirstNames.Length; i++)
        {
            var ambassador = Array.FindIndex(Ambassadors, a => a.Person == i);
            var department = ambassador >= 0
                ? departments.Single(d => d.Name == Ambassadors[ambassador].Department)
                : departments[i % departments.Count];
            var email = $"{FirstNames[i].ToLowerInvariant()}.{Ascii(LastNames[i])}@{Domain}";
            var user = new HeraldUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"{FirstNames[i]} {LastNames[i]}", DepartmentId = department.Id };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, Roles.Employee);
            people.Add(user);
        }

        // Sandra (marketing, internal communication) runs the programme; Aylin (IT) owns the policy.
        var lead = people[0];
        await users.AddToRoleAsync(lead, Roles.ProgrammeLead);
        await users.AddToRoleAsync(people[2], Roles.SecurityOwner);
        lead.DepartmentId = departments.Single(d => d.Name == "Marketing").Id;
        people[2].DepartmentId = departments.Single(d => d.Name == "IT").Id;
        await db.SaveChangesAsync(cancellationToken);

        var now = DateTime.UtcNow;
        foreach (var (person, _, title, topics) in Ambassadors)
        {
            var user = people[person];
            await users.AddToRoleAsync(user, Roles.Ambassador);
            db.Invitations.Add(new Invitation { PersonId = user.Id, InvitedById = lead.Id, Status = InvitationStatus.Accepted, CreatedAt = now.AddDays(-120), RespondedAt = now.AddDays(-118) });
            db.AmbassadorProfiles.Add(new AmbassadorProfile { UserId = user.Id, Title = title, Topics = topics, WeeklyHours = 2, JoinedAt = now.AddDays(-118) });
        }

        await db.SaveChangesAsync(cancellationToken);
        // Buddies across departments: IT with sales, marketing with HR.
        await SetBuddyAsync(people[1].Id, people[5].Id, cancellationToken);
        await SetBuddyAsync(people[5].Id, people[1].Id, cancellationToken);
        await SetBuddyAsync(people[4].Id, people[7].Id, cancellationToken);
        await SetBuddyAsync(people[7].Id, people[4].Id, cancellationToken);

        db.Invitations.Add(new Invitation { PersonId = people[10].Id, InvitedById = lead.Id, Message = "Du erklärst Datenschutz so verständlich – hast du Lust, das auch nach außen zu tun?" });
        db.Invitations.Add(new Invitation { PersonId = people[11].Id, InvitedById = lead.Id, Status = InvitationStatus.Declined, CreatedAt = now.AddDays(-30), RespondedAt = now.AddDays(-28) });

        db.PolicyVersions.Add(new PolicyVersion { Yaml = PolicyLoader.Example, Comment = "Erste Fassung", CreatedById = people[2].Id, CreatedAt = now.AddDays(-125) });
        var guidelines = new GuidelineVersion { Markdown = DemoGuidelines.Markdown, Comment = "Mit Betriebsrat abgestimmt", PublishedById = lead.Id, PublishedAt = now.AddDays(-121) };
        db.GuidelineVersions.Add(guidelines);
        await db.SaveChangesAsync(cancellationToken);
        // Most, not all, have read them: the lead's page shows a realistic count.
        foreach (var (person, _, _, _) in Ambassadors.Take(4))
        {
            db.GuidelineAcknowledgements.Add(new GuidelineAcknowledgement { UserId = people[person].Id, GuidelineVersionId = guidelines.Id, AcknowledgedAt = now.AddDays(-110) });
        }

        for (var i = 0; i < PublishedPosts.Length; i++)
        {
            var author = people[Ambassadors[i].Person];
            var published = now.AddDays(-20 * (i + 1));
            db.Drafts.Add(new Draft { AuthorId = author.Id, Text = PublishedPosts[i], Revision = 1, CreatedAt = published.AddDays(-1), UpdatedAt = published, PublishedAt = published, PublishedUrl = $"https://www.linkedin.com/posts/demo-{i + 1}" });
        }

        // Risks caught before publication over the last months, as the security owner's page shows them.
        for (var monthsAgo = 0; monthsAgo < 4; monthsAgo++)
        {
            var month = new DateOnly(now.Year, now.Month, 1).AddMonths(-monthsAgo);
            db.RiskTallies.Add(new RiskTally { Month = month, Category = "secret", Count = 1 + monthsAgo % 2 });
            db.RiskTallies.Add(new RiskTally { Month = month, Category = "confidential", Count = 2 + monthsAgo });
            db.RiskTallies.Add(new RiskTally { Month = month, Category = "personal-data", Count = 1 });
        }

        db.Drafts.Add(new Draft
        {
            AuthorId = people[1].Id,
            Revision = 1,
            Text = "Phishing-Welle diese Woche: Die Mails sahen aus wie unsere Paketbenachrichtigungen.\n\nWas geholfen hat: Links nicht anklicken, sondern die Sendungsnummer selbst eingeben. #Phishing",
        });
        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(people.Count, Ambassadors.Length);
        return true;
    }

    private Task<int> SetBuddyAsync(string ambassadorId, string buddyId, CancellationToken cancellationToken) =>
        db.AmbassadorProfiles.Where(p => p.UserId == ambassadorId).ExecuteUpdateAsync(s => s.SetProperty(p => p.BuddyId, buddyId), cancellationToken);

    private static string Ascii(string name) => name.ToLowerInvariant()
        .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal).Replace("ü", "ue", StringComparison.Ordinal)
        .Replace("ß", "ss", StringComparison.Ordinal).Replace("ı", "i", StringComparison.Ordinal);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Demo data created: {People} people, {Ambassadors} ambassadors")]
    private partial void LogSeeded(int people, int ambassadors);
}
