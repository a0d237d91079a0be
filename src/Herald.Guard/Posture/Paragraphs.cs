namespace Herald.Guard.Posture;

/// <summary>The paragraph around a sentence, for rules whose sentence leans on its neighbours ("It's been running …" after "our depot").</summary>
internal static class Paragraphs
{
    // How far a paragraph is looked at around a sentence, so that a huge paragraph stays cheap.
    private const int Reach = 800;

    /// <summary>
    /// The paragraph around a sentence, and the one before it: the text from two blank lines back to the next blank line, at most
    /// <see cref="Reach"/> characters either way.
    /// </summary>
    public static (int Start, int End) Around(string text, (int Start, int End) sentence)
    {
        var floor = Math.Max(0, sentence.Start - Reach);
        var before = text.AsSpan(floor, sentence.Start - floor);
        var blank = before.LastIndexOf("\n\n");
        if (blank > 0)
        {
            var earlier = before[..blank].LastIndexOf("\n\n");
            blank = earlier >= 0 ? earlier : 0;
        }

        var start = floor + Math.Max(0, blank);
        var ceiling = Math.Min(text.Length, sentence.End + Reach);
        var after = text.AsSpan(sentence.End, ceiling - sentence.End).IndexOf("\n\n");
        return (start, after < 0 ? ceiling : sentence.End + after);
    }
}
