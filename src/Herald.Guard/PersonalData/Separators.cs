namespace Herald.Guard.PersonalData;

/// <summary>Which separators appear between the digit groups of a <see cref="NumberChain"/>.</summary>
[Flags]
internal enum Separators
{
    None = 0,
    Space = 1,
    Dash = 2,
    Dot = 4,
    Slash = 8,
}
