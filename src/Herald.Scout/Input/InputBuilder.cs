using Herald.Scout.Network;

namespace Herald.Scout.Input;

/// <summary>
/// Turns people, interactions and lists into a <see cref="ScoutInput"/>, checking each item. The CSV loader and
/// the in-memory <see cref="ScoutInput.Create"/> share it, so both give the same messages.
/// </summary>
internal sealed class InputBuilder
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<Person> _people = [];
    private readonly List<int> _lines = [];
    private readonly Dictionary<string, int> _departments = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _locations = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<int> _departmentOf = [];
    private readonly List<int> _locationOf = [];
    private readonly EdgeBuffer _edges = new();
    private readonly HashSet<int> _selfNominated = [];
    private readonly HashSet<int> _optedOut = [];
    private readonly Dictionary<int, List<string>> _visibility = [];
    private long _selfLoops;
    private long _unknownRows;

    public InputBuilder() => _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();

    public ProblemLog Log { get; } = new();

    public void AddPerson(Person person, string file, int line)
    {
        var id = person.Id?.Trim() ?? string.Empty;
        var department = person.Department?.Trim() ?? string.Empty;
        if (id.Length == 0)
        {
            Log.Error(file, line, ProblemKind.EmptyId, InputTexts.EmptyPersonId);
            return;
        }

        if (_index.TryGetValue(id, out var first))
        {
            Log.Error(file, line, ProblemKind.DuplicateId, InputTexts.DuplicateId(id, _lines[first]));
            return;
        }

        if (department.Length == 0)
        {
            Log.Error(file, line, ProblemKind.EmptyDepartment, InputTexts.EmptyDepartment(id));
            return;
        }

        _index.Add(id, _people.Count);
        _lines.Add(line);
        _people.Add(person with { Id = id, Department = department });
        _departmentOf.Add(Intern(_departments, department));
        var location = person.Location?.Trim();
        _locationOf.Add(string.IsNullOrEmpty(location) ? -1 : Intern(_locations, location));
    }

    public int Find(ReadOnlySpan<char> id) => _lookup.TryGetValue(id, out var index) ? index : -1;

    /// <summary>Adds one interaction row; unknown ids are a warning (exports often name people who have left), not an error.</summary>
    public void AddInteraction(ReadOnlySpan<char> source, ReadOnlySpan<char> target, double weight, string file, int line)
    {
        if (source.IsEmpty || target.IsEmpty)
        {
            Log.Error(file, line, ProblemKind.EmptyId, source.IsEmpty ? InputTexts.EmptySource : InputTexts.EmptyTarget);
            return;
        }

        if (!double.IsFinite(weight) || weight <= 0)
        {
            Log.Error(file, line, ProblemKind.BadWeight, InputTexts.BadWeight);
            return;
        }

        int s = Find(source), t = Find(target);
        if (s < 0 || t < 0)
        {
            _unknownRows++;
            var unknown = s < 0 ? source : target;
            Log.Warning(file, line, ProblemKind.UnknownIds, InputTexts.UnknownId(unknown.ToString()));
            return;
        }

        if (s == t)
        {
            _selfLoops++;
            return;
        }

        _edges.Add(s, t, weight);
    }

    public void AddSelfNomination(ReadOnlySpan<char> id, string file, int line) => AddToList(_selfNominated, id, file, line);

    public void AddOptOut(ReadOnlySpan<char> id, string file, int line) => AddToList(_optedOut, id, file, line);

    public void AddVisibility(ReadOnlySpan<char> id, string? signal, string file, int line)
    {
        var index = Resolve(id, file, line);
        if (index < 0)
        {
            return;
        }

        if (!_visibility.TryGetValue(index, out var signals))
        {
            _visibility[index] = signals = [];
        }

        var text = string.IsNullOrWhiteSpace(signal) ? "public profile" : signal.Trim();
        if (!signals.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            signals.Add(text);
        }
    }

    public ScoutLoadResult Build(string peopleFile)
    {
        if (_people.Count == 0 && Log.Errors.Count == 0)
        {
            Log.Error(peopleFile, 0, ProblemKind.NoPeople, InputTexts.NoPeople);
        }

        foreach (var index in _selfNominated.Where(_optedOut.Contains).Order())
        {
            Log.Warning(peopleFile, _lines[index], ProblemKind.OptedOut, InputTexts.NominatedAndOptedOut(_people[index].Id));
            _selfNominated.Remove(index);
        }

        Log.Close();
        if (Log.Errors.Count > 0)
        {
            return new ScoutLoadResult(null, Log.Errors, Log.Warnings);
        }

        var n = _people.Count;
        var visibility = new string[n][];
        for (var i = 0; i < n; i++)
        {
            visibility[i] = _visibility.TryGetValue(i, out var list) ? [.. list] : [];
        }

        var input = new ScoutInput(
            [.. _people],
            [.. _departmentOf],
            Names(_departments),
            [.. _locationOf],
            Names(_locations),
            UndirectedGraph.Build(n, _edges),
            Flags(_selfNominated, n),
            Flags(_optedOut, n),
            visibility,
            new InteractionStats(_edges.Count, _selfLoops, _unknownRows),
            Log.Warnings);
        return new ScoutLoadResult(input, Log.Errors, Log.Warnings);
    }

    private void AddToList(HashSet<int> list, ReadOnlySpan<char> id, string file, int line)
    {
        var index = Resolve(id, file, line);
        if (index >= 0)
        {
            list.Add(index);
        }
    }

    private int Resolve(ReadOnlySpan<char> id, string file, int line)
    {
        if (id.IsEmpty)
        {
            Log.Error(file, line, ProblemKind.EmptyId, InputTexts.EmptyId);
            return -1;
        }

        var index = Find(id);
        if (index < 0)
        {
            Log.Warning(file, line, ProblemKind.UnknownIds, InputTexts.UnknownId(id.ToString()));
        }

        return index;
    }

    private static int Intern(Dictionary<string, int> names, string name)
    {
        if (!names.TryGetValue(name, out var index))
        {
            index = names.Count;
            names.Add(name, index);
        }

        return index;
    }

    private static string[] Names(Dictionary<string, int> names)
    {
        var result = new string[names.Count];
        foreach (var (name, index) in names)
        {
            result[index] = name;
        }

        return result;
    }

    private static bool[] Flags(HashSet<int> set, int n)
    {
        var flags = new bool[n];
        foreach (var i in set)
        {
            flags[i] = true;
        }

        return flags;
    }
}
