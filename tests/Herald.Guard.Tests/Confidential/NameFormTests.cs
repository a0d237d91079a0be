using Herald.Guard.Policy;

namespace Herald.Guard.Tests.Confidential;

/// <summary>Code names that are also ordinary words (<c>match: name</c>) count only where they are written as a name.</summary>
public sealed class NameFormTests
{
    private const string Policy = """
        confidential_terms:
          - term: Polarlicht
            note: Sensorik für die Kühlkette
            match: name
          - term: Nebelhorn
            match: name
          - term: Seeadler
            match: name
          - term: Kormoran
            match: name
          - term: Windrose
          - term: Tidewater
            match: anywhere
        """;

    private static readonly GuardEngine Engine = PolicyEngine.Create(Policy);

    // Draft, the name the finding covers.
    public static TheoryData<string, string> Names { get; } = new()
    {
        { "POLARLICHT geht im Frühjahr live.", "POLARLICHT" },
        { "Im Projekt Polarlicht testen wir neue Sensoren.", "Polarlicht" },
        { "Codename „Polarlicht“ – mehr darf ich noch nicht sagen.", "Polarlicht" },
        { "Der Polarlicht-Rollout beginnt in Bremen.", "Polarlicht" },
        { "Die Kormoran-Baustelle ist perfekt organisiert.", "Kormoran" },
        { "Stolz auf #TeamSeeadler!", "Seeadler" },
        { "#kormoran2027 #Rechenzentrum", "kormoran" },
        { "Seeadler geht im Frühjahr live, und wir sind bereit.", "Seeadler" },
        { "Mit Seeadler planen wir die Touren neu.", "Seeadler" },
        { "Last week we launched Polarlicht in two warehouses.", "Polarlicht" },
        { "The Polarlicht team did a great job.", "Polarlicht" },
        { "Our Seeadler pilot starts in March.", "Seeadler" },
        { "Working on project Nebelhorn this quarter.", "Nebelhorn" },
        { "We kicked off the code name Nebelhorn today.", "Nebelhorn" },

        // A noun of the policy note ("Sensorik für die Kühlkette") glued to or next to the word names the project.
        { "Erster Blick auf die Polarlicht-Sensorik in Halle 3.", "Polarlicht" },
        { "Die Polarlicht-Kühlkette hält jetzt minus 25 Grad.", "Polarlicht" },
        { "Yesterday the Polarlicht Sensorik passed its test.", "Polarlicht" },

        // A quoted title the word opens, set off by a dash or a colon.
        { "Hinter mir die Folie mit der Überschrift „Nebelhorn – Zeitplan und Ziele“.", "Nebelhorn" },
        { "The slide behind me read \"Nebelhorn: scope and timeline\".", "Nebelhorn" },

        // Going live, which projects do, and a title the word does not close but that names a project.
        { "Polarlicht went live in two warehouses last week.", "Polarlicht" },
        { "Nebelhorn has been live since October.", "Nebelhorn" },
        { "Heute startet „Projekt Nebelhorn“.", "Nebelhorn" },

        // German running text after a verb that projects do, or at a project's place ("im Zeitplan").
        { "Seit Montag läuft Seeadler im Pilotbetrieb.", "Seeadler" },
        { "Nach dem Review lag Seeadler wieder im Zeitplan.", "Seeadler" },

        // A noun of the note right before the word, and an edition's year after it.
        { "Erste Messwerte aus der Kühlkette Polarlicht sind da.", "Polarlicht" },
        { "Nebelhorn 2027 is going to run across three sites.", "Nebelhorn" },
        { "Seeadler 2027 startet im Frühjahr in Bremen.", "Seeadler" },

        // German "an" is a preposition, not the English article: working on a project.
        { "Danke an das Team, das seit Monaten an Kormoran arbeitet.", "Kormoran" },

        // An article or relative pronoun before a preposition is not the word's own: „die für Kormoran pendeln“.
        { "Drei Kollegen, die für Kormoran jede Woche nach Posen pendeln, waren dabei.", "Kormoran" },
        { "We ordered these for Kormoran last week.", "Kormoran" },
    };

    // A draft uses a word in one sense: running text alone is no name when the draft uses the word with an article elsewhere.
    [Theory]
    [InlineData("We hiked up the Nebelhorn in fog. Thank you, Nebelhorn, for the views.")]
    [InlineData("Gestern am Nebelhorn gewesen. Nebelhorn bleibt mein Lieblingsberg.")]
    [InlineData("Thank you, Nebelhorn, for the views. Next year we climb the Nebelhorn again.")]
    public void Running_text_follows_the_ordinary_sense_used_elsewhere_in_the_draft(string draft)
    {
        Assert.Empty(Engine.Find(draft, "policy-confidential-term"));
    }

    [Theory]
    [InlineData("Thank you, Nebelhorn team! Nebelhorn goes live in May.", 2)]
    [InlineData("Nebelhorn geht im Mai live. Das Nebelhorn-Team feiert.", 2)]
    [InlineData("We climbed the Nebelhorn. Then the NEBELHORN kick-off started.", 1)]
    public void A_clear_name_sign_counts_even_next_to_the_ordinary_word(string draft, int findings)
    {
        Assert.Equal(findings, Engine.Find(draft, "policy-confidential-term").Count);
    }

    // The ordinary word: a natural phenomenon, a mountain, a bird — with an article, as a lone hashtag, in an ordinary compound.
    public static TheoryData<string> OrdinaryWords { get; } = new()
    {
        "In der zweiten Nacht hat uns das Polarlicht geweckt.",
        "Das grüne Polarlicht über dem Fjord war unglaublich.",
        "Ein Polarlicht-Foto gelingt mit dem Handy kaum.",
        "#Elternzeit #Norwegen #Polarlicht",
        "We hiked up the Nebelhorn above Oberstdorf in thick fog.",
        "Gestern am Nebelhorn: Nebel, Nebel, Nebel.",
        "Heute einen Seeadler an der Elbe gesehen!",
        "Ein Seeadler kreiste über dem Hafen.",
        "Die Kormorane am Elbufer sind zurück.",
        "Polarlicht-Fotos aus Tromsø: ein Thread.",
        "Wir sind auf das Nebelhorn – herrliche Aussicht!",
        "Die Kühlkette ist wie ein Polarlicht: schön, wenn sie hält.",

        // The word closing another title (a TV series, a book), and a thing that is live with an article.
        "Wir haben gestern eine alte Folge „Tatort Nebelhorn“ gesehen.",
        "My kids love the book \"Tales of Seeadler\".",
        "The Polarlicht was live on the webcam all night.",

        // German running text between a verb of physical position or motion and a place: the thing, not the project.
        "Nachts leuchtete Polarlicht über dem Fjord.",
        "Über dem Deich kreiste Seeadler im Aufwind.",

        // A year after the thing with an article, and the note's noun apart from the word.
        "Das Polarlicht 2025 über Tromsø war das hellste seit Jahren.",
        "The Nebelhorn 2224 m is a mountain above Oberstdorf.",
        "Die Kühlkette hält, und abends gab es sogar ein Polarlicht.",

        // The article after the preposition still makes it the thing.
        "Drei Kollegen, die für den Kormoran am Deich früh aufstehen, waren dabei.",
        "We built a nesting raft for the Kormoran at the harbour.",
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Code_name_that_is_an_ordinary_word_is_found_where_written_as_a_name(string draft, string name)
    {
        var finding = Assert.Single(Engine.Find(draft, "policy-confidential-term"));

        Assert.Equal(name, draft.Substring(finding.Offset, finding.Length));
    }

    [Theory]
    [MemberData(nameof(OrdinaryWords))]
    public void Code_name_used_as_the_ordinary_word_is_not_flagged(string draft)
    {
        Assert.Empty(Engine.Find(draft, "policy-confidential-term"));
    }

    [Theory]
    [InlineData("Die Windrose auf der alten Seekarte ist wunderschön.", "Windrose")]
    [InlineData("Tidewater is a lovely word for the water near the coast.", "Tidewater")]
    public void Terms_without_match_name_are_found_in_every_sense(string draft, string name)
    {
        var finding = Assert.Single(Engine.Find(draft, "policy-confidential-term"));

        Assert.Equal(name, draft.Substring(finding.Offset, finding.Length));
    }

    [Fact]
    public void Match_name_is_read_from_the_policy()
    {
        var policy = PolicyLoader.Load(Policy, "policy.yaml").Value!;

        Assert.Equal(
            [("Polarlicht", true), ("Nebelhorn", true), ("Seeadler", true), ("Kormoran", true), ("Windrose", false), ("Tidewater", false)],
            policy.ConfidentialTerms.Select(t => (t.Term, t.OnlyAsName)));
    }

    [Fact]
    public void Unknown_match_value_is_an_error_with_its_position()
    {
        const string Yaml = """
            confidential_terms:
              - term: Polarlicht
                match: sometimes
            """;

        var error = Assert.Single(PolicyLoader.Load(Yaml, "policy.yaml").Errors);

        Assert.Equal((3, 12), (error.Line, error.Column));
        Assert.Contains("'name'", error.Message, StringComparison.Ordinal);
    }
}
