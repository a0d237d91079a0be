using Herald.Guard.Detection;
using Herald.Guard.Text;

namespace Herald.Guard.Classification;

/// <summary>A built-in document marking: how it is written and when it counts.</summary>
internal sealed record Marking
{
    public required RuleInfo Info { get; init; }

    /// <summary>Case-insensitive pattern for the marking in any of its spellings.</summary>
    public required BoundedRegex Pattern { get; init; }

    /// <summary>Words of which one must occur (case-insensitive) before <see cref="Pattern"/> runs at all.</summary>
    public required IReadOnlyList<string> Keywords { get; init; }

    /// <summary>
    /// True for markings that are also ordinary words ("vertraulich", "restricted") or topics of their own
    /// ("VS-NfD"): they count only when written as a label (see <see cref="LabelForm"/>). False for markings
    /// whose every use in a post hints at marked material (TLP:RED, "for internal use only").
    /// </summary>
    public bool OnlyAsLabel { get; init; }

    /// <summary>True for TLP levels: a sentence naming several TLP levels explains the protocol.</summary>
    public bool IsTrafficLight { get; init; }
}
