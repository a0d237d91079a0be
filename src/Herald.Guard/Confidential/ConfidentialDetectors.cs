using Herald.Guard.Detection;
using Herald.Guard.Policy;

namespace Herald.Guard.Confidential;

/// <summary>The detectors a policy brings (besides its regular-expression rules, which run with the other patterns).</summary>
internal static class ConfidentialDetectors
{
    public static IEnumerable<IDetector> Create(GuardPolicy policy)
    {
        if (TermDetector.Create(policy) is { } terms)
        {
            yield return terms;
        }

        // Runs without a policy too: private host names and addresses are worth a warning anywhere.
        yield return new NetworkDetector(policy.Organization);
    }
}
