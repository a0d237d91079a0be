namespace Herald.Guard;

/// <summary>What kind of risk a finding is about. The wire names (<see cref="FindingCategoryNames"/>) are fixed strings used in every output.</summary>
public enum FindingCategory
{
    /// <summary>Keys, tokens, passwords, connection strings: <c>secret</c>.</summary>
    Secret,
    /// <summary>Contact data, bank and card numbers, tax IDs, names of people who did not consent: <c>personal-data</c>.</summary>
    PersonalData,
    /// <summary>Code names, customers under NDA, internal hosts, URLs and networks, custom rules: <c>confidential</c>.</summary>
    Confidential,
    /// <summary>Classification markings such as VS-NfD or TLP:RED: <c>classification</c>.</summary>
    Classification,
    /// <summary>Statements about listed topics during a quiet period: <c>insider</c>.</summary>
    Insider,
    /// <summary>Details that help attackers, such as outdated software or ongoing incidents: <c>security-posture</c>.</summary>
    SecurityPosture,
}

/// <summary>The fixed wire names of <see cref="FindingCategory"/>.</summary>
public static class FindingCategoryNames
{
    /// <summary>Returns the wire name, for example <c>personal-data</c>.</summary>
    public static string ToWireName(this FindingCategory category) => category switch
    {
        FindingCategory.Secret => "secret",
        FindingCategory.PersonalData => "personal-data",
        FindingCategory.Confidential => "confidential",
        FindingCategory.Classification => "classification",
        FindingCategory.Insider => "insider",
        FindingCategory.SecurityPosture => "security-posture",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>Parses a wire name; returns false for anything else.</summary>
    public static bool TryParse(string? name, out FindingCategory category)
    {
        foreach (var candidate in Enum.GetValues<FindingCategory>())
        {
            if (string.Equals(candidate.ToWireName(), name, StringComparison.Ordinal))
            {
                category = candidate;
                return true;
            }
        }

        category = default;
        return false;
    }
}
