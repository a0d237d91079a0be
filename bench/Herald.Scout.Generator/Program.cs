using System.Globalization;
using Herald.Scout.Generator;

// Writes a synthetic company for Scout's scale benchmark: people.csv and interactions.csv.
//   dotnet run -c Release --project bench/Herald.Scout.Generator -- OUT_DIR [PEOPLE] [INTERACTIONS] [SEED]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Herald.Scout.Generator OUT_DIR [PEOPLE=100000] [INTERACTIONS=2000000] [SEED=1]");
    return 2;
}

var people = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
var interactions = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2_000_000;
var seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
var company = CompanyGenerator.Write(args[0], people, interactions, seed);
Console.WriteLine($"{company.People:N0} people in {company.Departments} departments and {company.Locations} locations, {company.Interactions:N0} interactions -> {args[0]}");
return 0;
