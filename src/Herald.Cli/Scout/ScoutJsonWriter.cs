using System.Text;
using System.Text.Json;
using Herald.Scout;

namespace Herald.Cli.Scout;

/// <summary>
/// <c>{"shortlist":[ids…],"people":[{"id","department","score","expertise","degree","betweenness","participation","constraint","reasons":[…]}]}</c>.
/// Numbers keep full precision (round-trip), so betweenness can be compared with networkx to 1e-9; constraint is null
/// for people without ties.
/// </summary>
internal static class ScoutJsonWriter
{
    public static void Write(TextWriter output, ScoutResult result, IReadOnlyList<PersonAssessment> people, string lang)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("shortlist");
            foreach (var entry in result.Shortlist)
            {
                json.WriteStringValue(entry.Assessment.Person.Id);
            }

            json.WriteEndArray();
            json.WriteStartArray("people");
            foreach (var p in people)
            {
                json.WriteStartObject();
                json.WriteString("id", p.Person.Id);
                json.WriteString("department", p.Person.Department);
                json.WriteNumber("score", p.Score);
                json.WriteNumber("expertise", p.Expertise);
                json.WriteNumber("degree", p.Degree);
                json.WriteNumber("betweenness", p.Betweenness);
                json.WriteNumber("participation", p.Participation);
                if (p.Constraint is { } constraint)
                {
                    json.WriteNumber("constraint", constraint);
                }
                else
                {
                    json.WriteNull("constraint");
                }

                json.WriteStartArray("reasons");
                foreach (var reason in p.Reasons)
                {
                    json.WriteStringValue(reason.Text.Get(lang));
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
