using Herald.Scout;

namespace Herald.Web.Features.Scout;

/// <summary>The new run's id, or every problem with the files (with file and line) that kept Scout from running.</summary>
internal sealed record ScoutRunOutcome(int? RunId, IReadOnlyList<InputProblem> Problems);
