namespace Herald.Guard.Detection;

/// <summary>A detector's hit before positions and excerpts are computed.</summary>
/// <param name="Start">0-based offset in the checked text.</param>
/// <param name="Length">Length in characters; at least 1.</param>
/// <param name="Rule">The rule that matched.</param>
/// <param name="Message">A message specific to this hit (for example naming the policy note), or null for the rule's message.</param>
internal readonly record struct RawFinding(int Start, int Length, RuleInfo Rule, LocalizedText? Message = null)
{
    public int End => Start + Length;
}
