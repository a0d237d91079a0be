using System.Buffers;
using Herald.Guard.Text;

namespace Herald.Guard.Detection;

/// <summary>
/// Enumerates the sentences of a draft that contain one of a rule's keywords, so a rule's pattern runs on
/// a few short sentences instead of the whole draft. Valid for patterns whose every match contains a
/// keyword and stays inside one sentence (see <see cref="Sentences"/>). Each sentence is returned once.
/// </summary>
internal ref struct TriggerSentences(string text, SearchValues<string> keywords)
{
    private readonly string _text = text;
    private readonly SearchValues<string> _keywords = keywords;
    private int _position;

    public (int Start, int End) Current { get; private set; }

    public readonly TriggerSentences GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_position >= _text.Length)
        {
            return false;
        }

        var found = _text.AsSpan(_position).IndexOfAny(_keywords);
        if (found < 0)
        {
            _position = _text.Length;
            return false;
        }

        var at = _position + found;
        Current = Sentences.Around(_text, at, at + 1);
        _position = Math.Max(Current.End, at + 1);
        return true;
    }
}
