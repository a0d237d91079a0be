namespace Herald.Scout.Network;

/// <summary>
/// How a person's ties spread over departments: the Guimerà–Amaral participation coefficient
/// P(u) = 1 - Σ_s (k_us / k_u)² over the undirected ties (unweighted, as in the original definition), and the number of
/// distinct departments among the person and their contacts. P is 0 when all ties stay in one department and
/// approaches 1 when they spread evenly over many.
/// </summary>
internal static class DepartmentMix
{
    public static (double[] Participation, int[] DepartmentsReached) Compute(UndirectedGraph graph, int[] departmentOf, int departmentCount)
    {
        var n = graph.NodeCount;
        var participation = new double[n];
        var reached = new int[n];
        var counts = new int[departmentCount];
        var touched = new List<int>();
        for (var u = 0; u < n; u++)
        {
            var degree = graph.Degree(u);
            foreach (var v in graph.Neighbours(u))
            {
                if (counts[departmentOf[v]]++ == 0)
                {
                    touched.Add(departmentOf[v]);
                }
            }

            var sumOfSquares = 0.0;
            foreach (var d in touched)
            {
                var fraction = (double)counts[d] / degree;
                sumOfSquares += fraction * fraction;
            }

            participation[u] = degree == 0 ? 0 : 1 - sumOfSquares;
            reached[u] = touched.Count + (counts[departmentOf[u]] == 0 ? 1 : 0);
            foreach (var d in touched)
            {
                counts[d] = 0;
            }

            touched.Clear();
        }

        return (participation, reached);
    }
}
