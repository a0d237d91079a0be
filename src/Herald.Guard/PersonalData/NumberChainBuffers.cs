namespace Herald.Guard.PersonalData;

/// <summary>Scratch space for reading a <see cref="NumberChain"/>, usually on the stack.</summary>
internal readonly ref struct NumberChainBuffers(Span<char> digits, Span<int> groupDigits, Span<int> groupEnds, Span<Separators> groupSeparators)
{
    public Span<char> Digits { get; } = digits;

    public Span<int> GroupDigits { get; } = groupDigits;

    public Span<int> GroupEnds { get; } = groupEnds;

    public Span<Separators> GroupSeparators { get; } = groupSeparators;
}
