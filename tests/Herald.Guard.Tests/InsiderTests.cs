using Herald.Guard.Policy;
using Herald.Testing;

namespace Herald.Guard.Tests;

public sealed class InsiderTests(ITestOutputHelper output)
{
    private static readonly DateOnly InYearEndPeriod = new(2026, 12, 15);

    private static readonly GuardPolicy Policy = new()
    {
        Organization = new OrganizationPolicy { Name = "Example AG" },
        QuietPeriods =
        [
            new QuietPeriod { From = new(2026, 12, 1), To = new(2027, 1, 20), Topics = ["Umsatz", "Quartalszahlen", "revenue", "earnings", "EPS", "Jahresüberschuss"] },
            new QuietPeriod { From = new(2027, 3, 25), To = new(2027, 4, 30), Topics = ["Dividende", "guidance"] },
            new QuietPeriod { From = new(2027, 4, 20), To = new(2027, 5, 10), Topics = ["Auftragseingang"] },
        ],
    };

    private static readonly GuardEngine Engine = GuardEngine.Create(new GuardSetup { Policy = Policy });

    // Draft, the word the finding covers. Each states a figure or a forecast about a topic.
    public static TheoryData<string, string> FiguresAndForecasts { get; } = new()
    {
        { "Unser Umsatz ist im dritten Quartal um 12 % gewachsen – danke an das ganze Team!", "Umsatz" },
        { "Das Umsatzwachstum lag bei 8,5 Prozent.", "Umsatzwachstum" },
        { "Der Quartalsumsatz liegt bei 4,2 Mio. Euro.", "Quartalsumsatz" },
        { "Wir erwarten beim Umsatz ein zweistelliges Plus.", "Umsatz" },
        { "Unsere Prognose für den Umsatz 2027 steht.", "Umsatz" },
        { "#Umsatz +15 % im Vergleich zum Vorjahr 🚀", "Umsatz" },
        { "Revenue grew double-digit this quarter 🚀", "Revenue" },
        { "Our Q4 revenue beat expectations – so proud of this team.", "revenue" },
        { "Great earnings call today: we expect strong growth next year.", "earnings" },
        { "Revenue: $3.2M in Q4.", "Revenue" },
        { "EPS up 5 cents, not bad for a security company.", "EPS" },
        { "𝗨𝗺𝘀𝗮𝘁𝘇 um 20 % gestiegen!", "𝗨𝗺𝘀𝗮𝘁𝘇" },
        { "Um\u00ADsatz plus 5 Prozent, verratet es niemandem.", "Um\u00ADsatz" },
        { "Der Jahresu\u0308berschuss steigt auf 2 Mrd.", "Jahresu\u0308berschuss" },
        { "Die Quartalszahlen sind stark: 1.200 neue Kunden.", "Quartalszahlen" },
        { "Unsere Umsätze steigen um 10 %.", "Umsätze" },
    };

    // Draft, the word the finding covers. Each touches a topic without a figure or forecast.
    public static TheoryData<string, string> TopicsOnly { get; } = new()
    {
        { "Spannende Wochen vor den Quartalszahlen – mehr kann ich noch nicht sagen 😉", "Quartalszahlen" },
        { "Die Quartalszahlen kommen im Januar, ich bin gespannt.", "Quartalszahlen" },
        { "Proud of our team — the earnings call went really well.", "earnings" },
        { "Revenue isn't everything: culture matters more.", "Revenue" },
        { "Am 15. Dezember feiern wir den Umsatz-Rekord.", "Umsatz" },
        { "Ich freue mich auf die Zahlen zum Umsatz am 20.01.2027.", "Umsatz" },
        { "Im Q3 war der Umsatz richtig stark.", "Umsatz" },
        { "Wir haben 2026 beim Umsatz ordentlich zugelegt.", "Umsatz" },
        { "Earnings call um 10:30 Uhr, danach gibt's Kuchen.", "Earnings" },
        { "Viele fragen schon nach unseren Quartalszahlen.", "Quartalszahlen" },
        { "Most of you ask about our earnings call.", "earnings" },
    };

    private static readonly DateOnly InSpringPeriod = new(2027, 4, 1);

    // Draft, check date. The topic word in another sense than the company's results: advice, or private money.
    public static TheoryData<string, DateOnly> OtherSenses { get; } = new()
    {
        { "Good starting points: the guidance from CISA on industrial control systems.", InSpringPeriod },
        { "Die Guidance vom BSI zu Ransomware ist ein guter Start.", InSpringPeriod },
        { "NIST's guidance on passwords changed in 2024 – no more forced resets.", InSpringPeriod },
        { "Follow the official guidance: patch within 48 hours.", InSpringPeriod },
        { "Umsätze auf der Kreditkartenabrechnung regelmäßig kontrollieren.", InYearEndPeriod },
        { "Prüft eure Umsätze auf dem Kontoauszug regelmäßig.", InYearEndPeriod },
        { "Auffällige Umsätze in der Banking-App? Sofort die Karte sperren lassen.", InYearEndPeriod },
        { "Unbekannte Umsätze auf deiner Kreditkarte? Ruf sofort deine Bank an.", InYearEndPeriod },
    };

    // Draft, check date, expected rule. Near misses: the same words about the company's results.
    public static TheoryData<string, DateOnly, string> StillResults { get; } = new()
    {
        { "Our guidance for 2027: revenue growth of 8 %.", InSpringPeriod, "insider-quiet-period-figures" },
        { "We confirm our full-year guidance.", InSpringPeriod, "insider-quiet-period-figures" },
        { "Die Guidance vom Vorstand steht: plus 10 Prozent.", InSpringPeriod, "insider-quiet-period-figures" },
        { "Guidance is a topic for investor relations, not for me.", InSpringPeriod, "insider-quiet-period" },
        { "Die Umsätze unserer Kreditkartensparte steigen um 12 %.", InYearEndPeriod, "insider-quiet-period-figures" },
        { "Revenue from card transactions grew 15 % this quarter.", InYearEndPeriod, "insider-quiet-period-figures" },
        { "Unser Umsatz auf dem Firmenkonto sieht gut aus.", InYearEndPeriod, "insider-quiet-period" },
    };

    public static TheoryData<string> Unrelated { get; } = new()
    {
        "Key learnings from our security awareness week",
        "Yearnings for a world without phishing.",
        "Unser Team wächst – wir suchen 2 Pentester (m/w/d)!",
        "Steps to secure your VPN in 5 minutes.",
        "Satzbau ist nicht mein Ding, aber Phishing erkenne ich.",
    };

    // Draft, check date, the word the finding covers. Other words for the topics, with a figure or a change, said for the company.
    public static TheoryData<string, DateOnly, string> SynonymsWithFigures { get; } = new()
    {
        { "Unsere Erlöse im dritten Quartal liegen rund 9 Prozent über dem Vorjahr.", InYearEndPeriod, "Erlöse" },
        { "Der Quartalsgewinn ist bei uns um 15 % gestiegen.", InYearEndPeriod, "Quartalsgewinn" },
        { "Unser Gewinnwachstum: zweistellig!", InYearEndPeriod, "Gewinnwachstum" },
        { "Bei Example sind die Erträge um 3 Mio. Euro gestiegen.", InYearEndPeriod, "Erträge" },
        { "Our profit is up by double digits compared with last year.", InYearEndPeriod, "profit" },
        { "We sold more than €410 million of transport in a single quarter.", InYearEndPeriod, "sold" },
        { "Our sales grew 12 % this quarter.", InYearEndPeriod, "sales" },
        { "Wir haben 2,5 Mio. Euro umgesetzt – Rekord!", InYearEndPeriod, "umgesetzt" },
        { "Der Vorstand hebt unsere Prognose für das Gesamtjahr an.", InSpringPeriod, "Prognose" },
        { "We raised our full-year forecast today.", InSpringPeriod, "forecast" },
    };

    // Draft, check date. Near misses: the same words without a figure, not for the company, about others, or in another sense.
    public static TheoryData<string, DateOnly> SynonymsNotResults { get; } = new()
    {
        { "Sales team, you are incredible. 🚀", InYearEndPeriod },
        { "Unsere Erlöse kommen aus Logistik und Lager.", InYearEndPeriod },
        { "Die Gewinne der Ransomware-Banden liegen bei 1 Mrd. Dollar.", InYearEndPeriod },
        { "Unser Gewinnspiel: 3 Tickets für die it-sa zu gewinnen!", InYearEndPeriod },
        { "Zeitgewinn für uns: 30 % weniger Tickets.", InYearEndPeriod },
        { "We sold 3 old laptops to a refurbisher.", InYearEndPeriod },
        { "Unsere Prognose: Phishing bleibt 2027 das Thema Nummer eins.", InYearEndPeriod },
        { "Die Wetterprognose für unser Sommerfest: 25 Grad.", InSpringPeriod },
    };

    // Draft. A topic word about another organisation, named in quotes, or inside a compound with another meaning.
    public static TheoryData<string> TopicsNotAboutTheCompany { get; } = new()
    {
        "One of the big listed parcel carriers just reported revenue of more than €20 billion for its last financial year.",
        "Ein Verbraucherverband hat seine Quartalszahlen zu Betrugsmails veröffentlicht: jede fünfte Mail ist ein Fake.",
        "Laut einer Studie steigt der Umsatz mit Ransomware um 40 %.",
        "Microsoft reported revenue of $65 billion for its fiscal quarter.",
        "Microsoft reported revenue of $65 billion this quarter.",
        "Siemens meldete gestern einen Umsatz von 20 Mrd. Euro.",
        "Amazon has just announced revenue of $158 billion.",
        "You forward the parcels and get \"earnings\" that never arrive.",
        "Sogar eine Umsatzsteuer-ID (DE 318 204 577) steht auf der gefälschten Rechnung.",
        "Check the USt-IdNr. and the Umsatzsteuer on every invoice.",
        "Many companies publish their earnings in January.",
        "Quartalszahlen sind für viele Anleger oft verwirrend.",
    };

    // Draft, the claim the finding covers: results of the company without a topic word (ResultStatements).
    public static TheoryData<string, string> ResultClaims { get; } = new()
    {
        { "Das laufende Quartal liegt bei uns schon jetzt rund 12 % über dem Vorjahresquartal.", "über dem Vorjahresquartal" },
        { "Das vierte Quartal liegt schon jetzt 9 % über dem Vorjahr.", "über dem Vorjahr" },
        { "Wir schließen 2026 rund 18 % über Plan ab.", "über Plan" },
        { "Unser Auftragseingang hat erstmals 200 Mio. Euro überschritten.", "Auftragseingang" },
        { "Für 2027 planen wir zweistelliges Wachstum, ohne Zahlen zu nennen.", "Wachstum" },
        { "Dieses Quartal wird das stärkste in der Geschichte von Example AG.", "stärkste" },
        { "We will close 2026 roughly 18 % above plan.", "above plan" },
        { "Our order intake has passed €200 million for the first time.", "order intake" },
        { "With three weeks left, our top line has already passed last year's full-year figure.", "passed last year's" },
        { "Q4 is running 7 % ahead of plan.", "ahead of plan" },
        { "We are heading for the best result in the company's history.", "best" },
        { "Our EBIT margin is at 6.1 % this year.", "EBIT" },
        { "Wir liegen 2026 rund 5 % über der Planung.", "über der Planung" },
        { "Die Gewinnmarge im laufenden Quartal: 7 %.", "Gewinnmarge" },

        // Growth as a verb, and a comparison made strong by a word instead of a figure.
        { "I can't share numbers yet, but we grew double digits again this year.", "we grew" },
        { "Wir sind 2026 zweistellig gewachsen.", "Wir sind 2026 zweistellig gewachsen" },
        { "Ich verrate kein Geheimnis: Wir schließen 2026 deutlich über dem Vorjahr ab.", "über dem Vorjahr" },
        { "We'll close this year comfortably above plan.", "above plan" },

        // Guidance without the topic word, records in the company's history, and a claim that takes its voice from the sentence before.
        { "We expect to land at the top end of our forecast range for 2026.", "top end of our forecast range" },
        { "Wir landen am oberen Ende unserer Jahresprognose.", "oberen Ende unserer Jahresprognose" },
        { "Yesterday we shipped the largest single order in the history of this company.", "largest" },
        { "Wir haben gestern den größten Auftrag der Firmengeschichte abgerechnet.", "größten" },
        { "Wir schließen das Jahr stark ab. Das EBIT wird bei rund 9 Mio. Euro liegen.", "EBIT" },
        { "We're closing the year strongly. The margin will come in at around 6 %.", "margin" },

        // Profit as an idiom, a multiple against the prior year, a dividend, new business against earlier years, analysts' expectations.
        { "Nach zwei schwierigen Jahren schreiben wir als Unternehmen 2026 wieder schwarze Zahlen.", "schwarze Zahlen" },
        { "After two tough years we're back in the black.", "in the black" },
        { "Unser Free Cashflow hat sich 2026 gegenüber dem Vorjahr mehr als verdoppelt.", "gegenüber dem Vorjahr" },
        { "Our free cash flow has doubled compared with last year.", "compared with last year" },
        { "On the back of a strong year, our Board will propose a clearly higher dividend than last year's.", "higher dividend than last year's" },
        { "Wir werden die Dividende für 2026 deutlich anheben.", "Dividende für 2026 deutlich anheben" },
        { "We've booked more new business in 2026 than in 2024 and 2025 combined.", "more new business in 2026 than in 2024" },
        { "Unser Neugeschäft war 2026 höher als im Vorjahr.", "höher als im Vorjahr" },
        { "We'll finish the year clearly ahead of what the analysts currently expect from us.", "ahead of what the analysts currently expect" },
        { "Wir liegen 2026 klar über den Erwartungen der Analysten.", "über den Erwartungen der Analysten" },
        { "Weil mich die Kolleginnen und Kollegen immer fragen: Unser Free Cashflow hat sich 2026 gegenüber dem Vorjahr mehr als verdoppelt.", "gegenüber dem Vorjahr" },

        // The figure the CFO presents against last year's, a first crossing of an amount, a record since the IPO, a business year against
        // the plan (after a salutation, its number naming the current year), a fraction added to last year's business.
        { "When our CFO steps on stage in March, the number she presents will be bigger than last year's.", "bigger than last year's" },
        { "Die Zahl, die unser Finanzvorstand im März vorstellt, wird deutlich höher sein als im Vorjahr.", "höher sein als im Vorjahr" },
        { "Unser Vorstand hat verraten, dass wir 2026 erstmals die halbe Milliarde knacken.", "erstmals die halbe Milliarde knacken" },
        { "This year we'll cross the €500 million mark for the first time.", "cross the €500 million mark for the first time" },
        { "Wir legen 2026 das beste Geschäftsjahr seit dem Börsengang hin.", "beste" },
        { "2026 was our strongest year since the IPO.", "strongest" },
        { "Liebe Kolleginnen und Kollegen, das Geschäftsjahr 2026 läuft deutlich besser als geplant.", "deutlich besser als geplant" },
        { "Our fiscal year is running far better than we planned.", "far better than we planned" },
        { "While the market barely moved, we added roughly a fifth to last year's business.", "added roughly a fifth to last year's business" },
        { "Gegenüber dem Vorjahr haben wir rund ein Fünftel zugelegt.", "Gegenüber dem Vorjahr" },

        // Profit (not a topic word here) with a fraction, the voice taken from the sentence before.
        { "Wir wollen nicht drumherum reden, das Jahr war zäh. Der Gewinn dürfte um etwa ein Drittel schrumpfen.", "Gewinn" },
        { "We won't sugar-coat it: this was a tough year. Our profit will shrink by about a third.", "profit" },
    };

    // Near misses: the same words without a claim about the company's results.
    public static TheoryData<string> NotResultClaims { get; } = new()
    {
        "Unsere Phishing-Meldequote liegt 12 % über dem Vorjahr – danke euch!",
        "Im Vergleich zum Vorjahr haben wir doppelt so viele Azubis eingestellt.",
        "Laut einer Studie wächst der Logistikmarkt 2026 um 4 % über dem Vorjahr.",
        "Wir haben in diesem Quartal drei neue Kolleginnen im Team.",
        "Über das letzte Jahr haben wir 400 Kolleginnen und Kollegen geschult.",
        "Over the last year we trained 400 colleagues in phishing defence.",
        "We finished the migration 20 % under budget and ahead of plan.",
        "Many companies close the year 10 % above plan and still cut security budgets.",
        "Our accident rate is 30 % below last year – safety first.",
        "The best year in the history of the Champions League? Ask my son.",
        "Growth mindset: we learn from every incident.",
        "Wir haben für 2026 geplant, 10 % mehr Kolleginnen zu schulen – und über Plan liegt nur der Kaffeeverbrauch.",
        "We are planning 2027 with 12 % more budget for training.",
        "This year ransomware attacks grew 40 %, and growth is not slowing.",
        "Our team's growth this year: 3 new analysts and 20 % more coffee.",
        "Over the last year our awareness programme reached 1,200 colleagues, 30 % more than planned.",
        "Q4: Cyberangriffe auf die Logistik 30 % über dem Vorjahr.",
        "Our team grew by 20 % this year.",
        "Attacks on our sector grew double digits this year.",
        "Die Temperaturen lagen 2026 deutlich über dem Vorjahr.",
        "Unsere Meldequote lag 2026 deutlich über dem Vorjahr.",

        // Near misses of guidance, records and the borrowed voice.
        "We read the annual reports of our peers. Maersk's EBIT fell by 30 %.",
        "Analysts raised their forecast for the sector by 2 %.",
        "Der größte Azubi-Jahrgang in der Firmengeschichte startet heute bei uns.",
        "We checked the outlook for the weekend: rain at the upper end of the range.",

        // Near misses of idioms, multiples, comparatives, dividends and analysts.
        "Viele Logistiker schreiben 2026 wieder schwarze Zahlen.",
        "Our patch dashboard is finally back in the black.",
        "Our fleet used 9 % less diesel than last year.",
        "Wir haben 2026 mehr Azubis eingestellt als im Vorjahr.",
        "Im Vergleich zum Vorjahr hat sich die Zahl der Phishing-Meldungen bei uns verdoppelt.",
        "Our SOC analysts expect more phishing in 2027.",
        "Analysts expect the sector to grow 4 % next year.",
        "Wir spenden 2026 mehr als im Vorjahr an die Kinderkrebshilfe.",
        "Our bake sale raised twice as much as last year.",
        "Ein Dank an alle: Unsere Kolleginnen haben 2026 zweistellig mehr Schulungen gegeben als im Vorjahr.",

        // Near misses of the presenter, threshold, IPO, plan and fraction claims: other measures, counted things, no result, no business period.
        "Our CFO presented the phishing statistics: 40 % more reports than last year.",
        "Wir haben im Dezember erstmals die Million Pakete geknackt.",
        "For the first time, our phishing simulation crossed the 50 % reporting mark.",
        "Seit dem Börsengang haben wir die beste Kantine im ganzen Hafen.",
        "The weather this year was far better than expected.",
        "Das Geschäftsjahr 2026 läuft für unsere Azubis deutlich besser als geplant.",
        "Our apprentices added roughly a fifth to last year's team.",
        "Die Phishing-Meldungen haben gegenüber dem Vorjahr um ein Fünftel zugelegt.",

        // Near misses of profit: a win for everyone, a prize draw, a non-profit's takings.
        "Ein Gewinn für alle: Die Phishing-Meldungen sind 2026 um ein Drittel gestiegen.",
        "Bei unserem Gewinnspiel könnt ihr 500 Euro gewinnen.",
        "Our non-profit partner raised a third more than last year.",
        "Every euro of profit from our merchandise shop goes to the children's hospice.",
        "Jeder Euro Gewinn aus unserem Shop geht an das Kinderhospiz.",
    };

    // Sentences whose topic word is about criminals, the quiet period itself, or another company's published figure.
    public static TheoryData<string> TopicsOfOthersAndThePeriod { get; } = new()
    {
        "For the gangs, that is a real drop in revenue: more victims refuse to pay.",
        "Ransomware gangs saw their revenue fall in 2024.",
        "Für die Erpresserbanden bedeutet das weniger Umsatz.",
        "Ich arbeite in Investor Relations, und im Moment sind wir in der Ruhephase vor der Veröffentlichung des Jahresüberschusses.",
        "We're in our quiet period before earnings, so no numbers from me.",
        "In its interim report, Maersk told investors that the attack would hit earnings by USD 200–300 million.",
        "A text from \"HM Revenue & Customs\" says you are owed a tax refund of £238.50.",
        "Eine SMS von „HM Revenue & Customs“ verspricht eine Steuererstattung von 238,50 Pfund.",
        "The Internal Revenue Service will never text you about a $500 refund.",

        // Another organisation's result named by its owner, a topic word for a measure that is not business, criminals' victims.
        "Its earnings for that quarter took a heavy hit as well.",
        "Deren Umsatz brach nach dem Angriff um ein Fünftel ein.",
        "Unsere Quartalszahlen aus dem Phishing-Meldepostfach: 1.240 Meldungen.",
        "Here are our earnings from the phishing simulation: 12 % clicked.",
        "Die Gruppen bieten Kundensupport für die Opfer und Affiliate-Programme mit Umsatzbeteiligung.",

        // Another company's report with an adverb before the verb, and what security does for revenue in general.
        "Tata Motors later reported a steep drop in revenue.",
        "Security doesn't just cost money. It protects revenue – ours and our customers'.",
        "Sicherheit kostet nicht nur Geld, sie schützt Umsatz – unseren und den unserer Kunden.",

        // A charity event's takings.
        "Der Umsatz des Basars lag bei 1.240 Euro – mehr als doppelt so viel wie im Vorjahr.",
        "The bake sale's revenue doubled compared with last year.",
        "Der Umsatz unseres Kuchenbasars: 1.240 Euro für die Kinderkrebshilfe.",
    };

    [Theory]
    [MemberData(nameof(ResultClaims))]
    public void Claims_about_the_company_s_results_without_a_topic_word_are_blocked(string draft, string claim)
    {
        var finding = Assert.Single(Engine.Check(draft, InYearEndPeriod).Findings);

        Assert.Equal(("insider-quiet-period-figures", claim), (finding.RuleId, draft.Substring(finding.Offset, finding.Length)));
    }

    [Theory]
    [MemberData(nameof(ResultClaims))]
    public void Claims_about_results_outside_a_quiet_period_are_fine(string draft, string claim)
    {
        Assert.NotEmpty(claim);
        Assert.Empty(Engine.Check(draft, new DateOnly(2026, 6, 1)).Findings);
    }

    [Theory]
    [MemberData(nameof(NotResultClaims))]
    public void Near_misses_of_result_claims_are_not_flagged(string draft)
    {
        Assert.Empty(Engine.Check(draft, InYearEndPeriod).Findings);
    }

    [Theory]
    [MemberData(nameof(TopicsOfOthersAndThePeriod))]
    public void Topic_about_criminals_the_quiet_period_or_another_company_s_statement_is_not_flagged(string draft)
    {
        Assert.Empty(Engine.Check(draft, InYearEndPeriod).Findings);
    }

    [Theory]
    [InlineData("Unsere Täter-Analyse zeigt: Unser Umsatz ist trotzdem um 12 % gestiegen.")]
    [InlineData("We're in our quiet period, but revenue grew 12 % anyway.")]
    [InlineData("Our revenue and customs volumes both grew 12 % this quarter.")]
    [InlineData("Unser Umsatz im Zollservice stieg um 12 %.")]
    [InlineData("Anna from our finance team said revenue is up 10 %.")]
    [InlineData("Unsere Quartalszahlen aus dem Vertrieb sind stark: +12 %.")]
    [InlineData("Our earnings took a hit from the ransomware attack: minus 8 %.")]
    [InlineData("Security protected our revenue this quarter: plus 4 %.")]
    public void Topic_with_figures_for_the_company_still_counts_next_to_these_words(string draft)
    {
        Assert.Contains(Engine.Check(draft, InYearEndPeriod).Findings, f => f.Category == FindingCategory.Insider);
    }

    [Theory]
    [MemberData(nameof(SynonymsWithFigures))]
    public void Other_words_for_a_topic_with_figures_for_the_company_are_blocked(string draft, DateOnly date, string word)
    {
        var finding = Assert.Single(Engine.Check(draft, date).Findings);

        Assert.Equal("insider-quiet-period-figures", finding.RuleId);
        Assert.Equal(Severity.Block, finding.Severity);
        Assert.Equal(word, draft.Substring(finding.Offset, finding.Length));
    }

    [Theory]
    [MemberData(nameof(SynonymsNotResults))]
    public void Other_words_for_a_topic_without_figures_for_the_company_are_not_flagged(string draft, DateOnly date)
    {
        Assert.Empty(Engine.Check(draft, date).Findings);
    }

    [Theory]
    [MemberData(nameof(TopicsNotAboutTheCompany))]
    public void Topic_about_another_organisation_or_in_another_word_is_not_flagged(string draft)
    {
        Assert.Empty(Engine.Check(draft, InYearEndPeriod).Findings);
    }

    [Theory]
    [InlineData("Laut Analysten steigt unser Umsatz um 10 %.")]
    [InlineData("The CFO reported revenue of €410 million at the all-hands.")]
    [InlineData("Der Vorstand hat den Umsatz von 3 Mrd. Euro intern veröffentlicht.")]
    [InlineData("Example reported revenue of €410 million in the town hall.")]
    [InlineData("In Q3 the board reported revenue of €410 million.")]
    public void Reported_figures_still_count_when_they_are_the_company_s_own(string draft)
    {
        var finding = Assert.Single(Engine.Check(draft, InYearEndPeriod).Findings);

        Assert.Equal("insider-quiet-period-figures", finding.RuleId);
    }

    [Theory]
    [MemberData(nameof(FiguresAndForecasts))]
    public void Figures_about_a_topic_in_a_quiet_period_are_blocked(string draft, string word)
    {
        var finding = Assert.Single(Engine.Check(draft, InYearEndPeriod).Findings);

        Assert.Equal("insider-quiet-period-figures", finding.RuleId);
        Assert.Equal(FindingCategory.Insider, finding.Category);
        Assert.Equal(Severity.Block, finding.Severity);
        Assert.Equal(word, draft.Substring(finding.Offset, finding.Length));
    }

    [Theory]
    [MemberData(nameof(TopicsOnly))]
    public void Topic_without_figures_in_a_quiet_period_is_a_warning(string draft, string word)
    {
        var finding = Assert.Single(Engine.Check(draft, InYearEndPeriod).Findings);

        Assert.Equal("insider-quiet-period", finding.RuleId);
        Assert.Equal(Severity.Warn, finding.Severity);
        Assert.Equal(word, draft.Substring(finding.Offset, finding.Length));
    }

    [Theory]
    [MemberData(nameof(Unrelated))]
    public void Words_that_only_contain_a_topic_by_accident_are_not_flagged(string draft)
    {
        Assert.Empty(Engine.Check(draft, InYearEndPeriod).Findings);
    }

    [Theory]
    [MemberData(nameof(OtherSenses))]
    public void Topic_word_in_another_sense_is_not_flagged(string draft, DateOnly date)
    {
        Assert.Empty(Engine.Check(draft, date).Findings);
    }

    [Theory]
    [MemberData(nameof(StillResults))]
    public void Topic_word_about_results_is_still_flagged_near_advice_and_private_money(string draft, DateOnly date, string ruleId)
    {
        Assert.Equal(ruleId, Assert.Single(Engine.Check(draft, date).Findings).RuleId);
    }

    [Theory]
    [InlineData("2026-11-30", false)]
    [InlineData("2026-12-01", true)]
    [InlineData("2026-12-24", true)]
    [InlineData("2027-01-20", true)]
    [InlineData("2027-01-21", false)]
    [InlineData("2027-06-01", false)]
    public void Topics_count_only_inside_the_period_including_its_first_and_last_day(string date, bool flagged)
    {
        var result = Engine.Check("Unser Umsatz ist um 12 % gewachsen.", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(flagged, result.Findings.Count > 0);
        Assert.Equal(flagged ? Verdict.Block : Verdict.Ok, result.Verdict);
    }

    [Fact]
    public void Each_period_has_its_own_topics()
    {
        const string Draft = "Die Dividende steigt auf 2,10 Euro. Und der Umsatz um 12 %.";

        var spring = Engine.Check(Draft, new DateOnly(2027, 4, 1));
        var winter = Engine.Check(Draft, InYearEndPeriod);

        Assert.Equal("Dividende", Draft.Substring(Assert.Single(spring.Findings).Offset, 9));
        Assert.Equal("Umsatz", Draft.Substring(Assert.Single(winter.Findings).Offset, 6));
    }

    [Fact]
    public void Overlapping_periods_both_apply()
    {
        var result = Engine.Check("Guidance: Auftragseingang +20 %.", new DateOnly(2027, 4, 25));

        Assert.Equal(["Guidance", "Auftragseingang"], result.Findings.Select(f => f.Excerpt[f.ExcerptStart..(f.ExcerptStart + f.ExcerptLength)]));
    }

    [Fact]
    public void Message_names_the_end_of_the_period_in_both_languages()
    {
        var finding = Assert.Single(Engine.Check("Umsatz +12 %", InYearEndPeriod).Findings);

        Assert.StartsWith("Example AG is in a quiet period until 20 January 2027.", finding.Message.En, StringComparison.Ordinal);
        Assert.Contains("investor relations", finding.Message.En, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Example AG ist bis zum 20. Januar 2027 in einer Ruhephase.", finding.Message.De, StringComparison.Ordinal);

        var spring = Assert.Single(Engine.Check("Die Dividende bleibt ein Thema.", new DateOnly(2027, 4, 1)).Findings);
        Assert.Contains("30 April 2027", spring.Message.En, StringComparison.Ordinal);
        Assert.Contains("30. April 2027", spring.Message.De, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_organisation_name_the_message_says_your_company()
    {
        var engine = GuardEngine.Create(new GuardSetup
        {
            Policy = new GuardPolicy { QuietPeriods = [new QuietPeriod { From = new(2026, 12, 1), To = new(2027, 1, 20), Topics = ["revenue"] }] },
        });

        var finding = Assert.Single(engine.Check("Revenue is up.", InYearEndPeriod).Findings);

        Assert.StartsWith("Your company is in a quiet period until 20 January 2027, and this touches one of its topics.", finding.Message.En, StringComparison.Ordinal);
        Assert.StartsWith("Dein Unternehmen ist bis zum 20. Januar 2027 in einer Ruhephase", finding.Message.De, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("umsatz", "umsätz")]
    [InlineData("auftrag", "aufträg")]
    [InlineData("abschluss", "abschlüss")]
    [InlineData("baum", "bäum")]
    [InlineData("dividende", null)]
    [InlineData("earnings", null)]
    [InlineData("eps", null)]
    public void German_topics_also_match_their_umlaut_plural(string topic, string? plural)
    {
        Assert.Equal(plural, Insider.QuietPeriodRule.UmlautPlural(topic));
    }

    [Theory]
    [InlineData("Earnings", "EARNINGS up 5 % this quarter.")]
    [InlineData("Umsatz", "Der U\u200Bmsatz steigt um 5 %.")]
    [InlineData("Umsatz", "Der ＵＭＳＡＴＺ steigt um 5 %.")]
    [InlineData("Strasse", "Die Straße bringt 5 % mehr.")]
    [InlineData("Gross", "Ein großes Plus von 5 %.")]
    [InlineData("Massnahmen", "Die Maßnahmen bringen 5 %.")]
    [InlineData("earnings", "Unser Jahresüberschuß stieg auf 4 Mio. €.")]
    [InlineData("Umsatz", "We sold goods worth €4 million this quarter.")]
    [InlineData("Übersee", "Das Ü\u00ADbersee-Geschäft wächst um 5 %.")]
    public void Topics_are_found_however_the_draft_spells_them(string topic, string draft)
    {
        var engine = GuardEngine.Create(new GuardSetup { Policy = Policy with { QuietPeriods = [new QuietPeriod { From = new(2026, 12, 1), To = new(2027, 1, 20), Topics = [topic] }] } });

        Assert.Equal("insider-quiet-period-figures", Assert.Single(engine.Check(draft, InYearEndPeriod).Findings).RuleId);
    }

    [Fact]
    public void Allowed_strings_silence_a_compound_that_is_not_the_topic()
    {
        const string Draft = "Vorsicht vor Phishing-Mails, die eine Umsatzbeteiligung versprechen!";
        var strict = GuardEngine.Create(new GuardSetup { Policy = Policy });
        var relaxed = GuardEngine.Create(new GuardSetup { Policy = Policy with { Allow = ["Umsatzbeteiligung"] } });

        Assert.Single(strict.Check(Draft, InYearEndPeriod).Findings);
        Assert.True(relaxed.Check(Draft, InYearEndPeriod).IsGoodToGo);
    }

    [Fact]
    public void Sample_tables_are_classified_as_labelled()
    {
        var blocked = FiguresAndForecasts.Count(row => Engine.Check(row.Data.Item1, InYearEndPeriod).Verdict == Verdict.Block);
        var warned = TopicsOnly.Count(row => Engine.Check(row.Data.Item1, InYearEndPeriod).Verdict == Verdict.Warn);
        var falseAlarms = Unrelated.Count(row => Engine.Check(row.Data, InYearEndPeriod).Findings.Count > 0);

        Figures.Report(output, $"insider: {blocked} of {FiguresAndForecasts.Count} figure drafts blocked, {warned} of {TopicsOnly.Count} topic drafts warned, {falseAlarms} of {Unrelated.Count} unrelated drafts flagged");
        Assert.Equal((FiguresAndForecasts.Count, TopicsOnly.Count, 0), (blocked, warned, falseAlarms));
    }
}
