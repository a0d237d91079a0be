using Herald.Guard.Text;

namespace Herald.Guard.Detection;

/// <summary>
/// Enumerates the sentences of a draft that contain one of a search's stems (found by <see cref="TriggerStems"/>), so a rule's
/// pattern runs on a few short sentences instead of the whole draft. Valid for patterns whose every match contains a
/// stem and stays inside one sentence (see <see cref="Sentences"/>). Each sentence is returned once, in order.
/// </summary>
internal ref struct TriggerSentences(string text, List<(int Start, int Set)> stems, int set)
{
    private readonly string _text = text;
    private readonly List<(int Start, int Set)> _stems = stems;
    private readonly int _set = set;
    private int _next;
    private int _position;

    public (int Start, int End) Current { get; private set; }

    public readonly TriggerSentences GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_next < _stems.Count)
        {
            var (at, set) = _stems[_next++];
            if (set != _set || at < _position)
            {
                continue;
            }

            Current = Sentences.Around(_text, at, at + 1);
            _position = Math.Max(Current.End, at + 1);
            return true;
        }

        return false;
    }
}
