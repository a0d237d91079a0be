#!/usr/bin/env bash
# Herald Scout, side by side with networkx, on the same machine in the same run.
#
#   bash bench/scout/run.sh              # the three benchmarks of docs/benchmarks.md ("Scout")
#   bash bench/scout/run.sh --exact-enron # also Email-Enron exact, to measure the real error of the sample
#
# 1. email-eu-core: Scout (Release) vs networkx betweenness_centrality(normalized=True), whole process and
#    compute only, median of 3 runs each; requires Scout ≥ 20x faster.
# 2. Email-Enron (36,692 people): Scout with sampled betweenness (defaults), whole process ≤ 30 s.
# 3. A generated company (100,000 people, 2,000,000 interactions): shortlist in ≤ 60 s with ≤ 2 GB peak RSS.
# Data is converted or generated into a temporary folder and deleted afterwards; nothing is written to the repo.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
data=${HERALD_SHARED_DATA:-$repo/../shared/data}
exact_enron=false
[ "${1:-}" = "--exact-enron" ] && exact_enron=true

if [ ! -x /usr/bin/time ]; then
  apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
fi
python3 -c "import networkx" 2>/dev/null || { echo "python3 with networkx is required" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "Publishing herald (Release, ReadyToRun, as it ships) ..." >&2
dotnet publish src/Herald.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/herald" >/dev/null
dotnet build -c Release bench/Herald.Scout.Generator -o "$work/generator" >/dev/null
herald=("$work/herald/herald" scout)
failed=0

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
check() { # name value op limit
  if awk -v v="$2" -v l="$4" "BEGIN { exit !(v $3 l) }"; then echo "PASS $1: $2 $3 $4"; else echo "FAIL $1: $2 (required $3 $4)"; failed=1; fi
}

echo "## Machine"
echo "cpu: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; memory $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "dotnet $(dotnet --version); python $(python3 -c 'import platform; print(platform.python_version())'), networkx $(python3 -c 'import networkx; print(networkx.__version__)')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# --- 1. email-eu-core ---------------------------------------------------------------------------
eu="$work/eu"; mkdir -p "$eu"
{ echo id,department; awk '{print $1",dept-"$2}' "$data/email-eu-core/email-Eu-core-department-labels.txt"; } > "$eu/people.csv"
{ echo source,target; awk '{print $1","$2}' "$data/email-eu-core/email-Eu-core.txt"; } > "$eu/interactions.csv"

echo "## email-eu-core (1,005 people, 25,571 rows): exact betweenness"
: > "$eu/scout-wall"; : > "$eu/scout-compute"; : > "$eu/nx-wall"; : > "$eu/nx-compute"
for run in 1 2 3; do
  /usr/bin/time -f "%e %M" -o "$eu/time" "${herald[@]}" --people "$eu/people.csv" --interactions "$eu/interactions.csv" \
    --share 0.05 --all --format json --timings > "$eu/scout.json" 2> "$eu/scout.err"
  cut -d' ' -f1 "$eu/time" >> "$eu/scout-wall"
  grep -oE 'betweenness [0-9.]+ s' "$eu/scout.err" | grep -oE '[0-9.]+' >> "$eu/scout-compute"
  /usr/bin/time -f "%e %M" -o "$eu/time" python3 bench/scout/networkx_measures.py "$eu/people.csv" "$eu/interactions.csv" \
    --measures betweenness > "$eu/nx.json"
  cut -d' ' -f1 "$eu/time" >> "$eu/nx-wall"
  python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['seconds']['betweenness'])" "$eu/nx.json" >> "$eu/nx-compute"
done
scout_wall=$(median < "$eu/scout-wall"); scout_compute=$(median < "$eu/scout-compute")
nx_wall=$(median < "$eu/nx-wall"); nx_compute=$(median < "$eu/nx-compute")
max_diff=$(python3 - "$eu/scout.json" "$eu/nx.json" <<'PY'
import json, sys
scout = {p["id"]: p["betweenness"] for p in json.load(open(sys.argv[1]))["people"]}
nx = {k: v["betweenness"] for k, v in json.load(open(sys.argv[2]))["people"].items()}
print(f"{max(abs(scout[k] - nx[k]) for k in nx):.1e}")
PY
)
echo "Scout whole process (load, all measures, 5 % shortlist, JSON): median $scout_wall s (runs: $(paste -sd' ' "$eu/scout-wall"))"
echo "networkx whole process (import, load, betweenness, JSON):      median $nx_wall s (runs: $(paste -sd' ' "$eu/nx-wall"))"
echo "Scout betweenness compute only:    median $scout_compute s (runs: $(paste -sd' ' "$eu/scout-compute"))"
echo "networkx betweenness compute only: median $nx_compute s (runs: $(paste -sd' ' "$eu/nx-compute"))"
echo "max |Scout - networkx| betweenness over 1,005 people: $max_diff"
check "email-eu-core speed-up, whole process" "$(awk -v a="$nx_wall" -v b="$scout_wall" 'BEGIN {printf "%.1f", a/b}')" ">=" 20
check "email-eu-core speed-up, compute only" "$(awk -v a="$nx_compute" -v b="$scout_compute" 'BEGIN {printf "%.1f", a/b}')" ">=" 20
echo

# --- 2. Email-Enron -----------------------------------------------------------------------------
en="$work/enron"; mkdir -p "$en"
# No attributes in SNAP's data: everyone gets the same department.
{ echo id,department; seq 0 36691 | awk '{print $1",all"}'; } > "$en/people.csv"
{ echo source,target; grep -v '^#' "$data/email-enron/Email-Enron.txt" | awk '{print $1","$2}'; } > "$en/interactions.csv"
echo "## Email-Enron (36,692 people, 367,662 rows): sampled betweenness (defaults)"
/usr/bin/time -f "%e %M %U %S" -o "$en/time" "${herald[@]}" --people "$en/people.csv" --interactions "$en/interactions.csv" \
  --all --format json --timings > "$en/sampled.json" 2> "$en/sampled.err"
read -r enron_wall enron_rss enron_user enron_sys < "$en/time"
grep -E '^(Betweenness|timings)' "$en/sampled.err"
echo "whole process: $enron_wall s, CPU $(awk -v u="$enron_user" -v s="$enron_sys" 'BEGIN {print u + s}') s, peak RSS $((enron_rss / 1024)) MB"
check "Email-Enron sampled, whole process seconds" "$enron_wall" "<=" 30
if $exact_enron; then
  /usr/bin/time -f "%e %M" -o "$en/time" "${herald[@]}" --people "$en/people.csv" --interactions "$en/interactions.csv" \
    --all --format json --timings --exact-limit 100000 > "$en/exact.json" 2> "$en/exact.err"
  grep -E '^timings' "$en/exact.err"
  echo "exact whole process: $(cut -d' ' -f1 "$en/time") s"
  python3 - "$en/sampled.json" "$en/exact.json" <<'PY'
import json, sys
sampled = {p["id"]: p["betweenness"] for p in json.load(open(sys.argv[1]))["people"]}
exact = {p["id"]: p["betweenness"] for p in json.load(open(sys.argv[2]))["people"]}
errors = sorted(abs(sampled[k] - exact[k]) for k in exact)
top = sorted(exact, key=exact.get, reverse=True)[:100]
print(f"sampled vs exact: max error {errors[-1]:.5f}, 99th percentile {errors[int(0.99 * len(errors))]:.6f}; "
      f"top-100 overlap {len(set(top) & set(sorted(sampled, key=sampled.get, reverse=True)[:100]))}/100")
PY
fi
echo

# --- 3. Generated company -----------------------------------------------------------------------
co="$work/company"
echo "## Generated company: 100,000 people, 2,000,000 interactions (seed 1)"
dotnet "$work/generator/Herald.Scout.Generator.dll" "$co" 100000 2000000 1
/usr/bin/time -v -o "$co/time" "${herald[@]}" --people "$co/people.csv" --interactions "$co/interactions.csv" \
  --format json --timings > "$co/out.json" 2> "$co/err"
company_wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$co/time")
company_rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$co/time")
grep -E '^(Shortlist|Betweenness|timings)' "$co/err"
company_cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$co/time")
echo "whole process: $company_wall s, CPU $company_cpu s ($(awk -F': ' '/Percent of CPU/ {print $2}' "$co/time") of one core), peak RSS $((company_rss / 1024)) MB"
check "company shortlist, whole process seconds" "$company_wall" "<=" 60
check "company shortlist, peak RSS MB" "$((company_rss / 1024))" "<=" 2048
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $failed
