namespace Herald.Guard.Text;

/// <summary>
/// The words of a sentence as runs of letters, left to right, without allocating: "don't" is "don" and "t", „Zwei-Faktor“ is
/// „Zwei“ and „Faktor“. For <c>foreach</c>.
/// </summary>
internal ref struct LetterWords(ReadOnlySpan<char> sentence)
{
    private readonly ReadOnlySpan<char> _sentence = sentence;
    private int _position;

    /// <summary>The words of <paramref name="sentence"/>.</summary>
    public static LetterWords In(ReadOnlySpan<char> sentence) => new(sentence);

    /// <summary>The current word.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>Returns this enumerator, for <c>foreach</c>.</summary>
    public readonly LetterWords GetEnumerator() => this;

    /// <summary>Moves to the next word; false when there is none.</summary>
    public bool MoveNext()
    {
        var i = _position;
        while (i < _sentence.Length && !char.IsLetter(_sentence[i]))
        {
            i++;
        }

        var start = i;
        while (i < _sentence.Length && char.IsLetter(_sentence[i]))
        {
            i++;
        }

        _position = i;
        Current = _sentence[start..i];
        return i > start;
    }
}
