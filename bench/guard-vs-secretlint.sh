#!/usr/bin/env bash
# Side by side: `herald check` and secretlint (recommended preset) over the same directory of
# post-sized drafts, whole process, median of several runs. Prints both times and the ratio.
#
#   bench/guard-vs-secretlint.sh [FILES] [RUNS]      (defaults: 8000 files, 5 runs)
#
# The drafts come from the evaluation corpus (tests/corpus/drafts), cycled until FILES files exist,
# each with its own first line so no two files are identical. secretlint is installed with npm into
# bench/.peers (ignored by git) on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-8000}
runs=${2:-5}
peers=bench/.peers
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# herald as the README says to install it: Release, Native AOT. Linking needs clang and zlib (Debian packages).
if ! command -v clang >/dev/null || [ ! -e /usr/include/zlib.h ]; then
  echo "Installing clang and zlib1g-dev for Native AOT…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang zlib1g-dev >/dev/null
fi
echo "Publishing herald (Release, Native AOT)…" >&2
rm -rf "$peers/herald"
dotnet publish src/Herald.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$peers/herald" -v quiet -nologo >/dev/null

if [ ! -x "$peers/secretlint/node_modules/.bin/secretlint" ]; then
  echo "Installing secretlint 13.0.6 with its recommended preset…" >&2
  mkdir -p "$peers/secretlint"
  (cd "$peers/secretlint" && npm init -y >/dev/null &&
    npm install --no-audit --no-fund --silent secretlint@13.0.6 @secretlint/secretlint-rule-preset-recommend@13.1.0 >/dev/null 2>&1)
fi
echo '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}' > "$peers/secretlint/.secretlintrc.json"

python3 - "$work/drafts" "$files" <<'PY'
import pathlib, sys
out, count = pathlib.Path(sys.argv[1]), int(sys.argv[2])
out.mkdir(parents=True)
sources = sorted(pathlib.Path("tests/corpus/drafts").glob("*.txt")) or sorted(pathlib.Path("bench/Herald.Bench/Posts").glob("*.txt"))
texts = [p.read_text(encoding="utf-8") for p in sources]
for i in range(count):
    (out / f"draft-{i:05d}.txt").write_text(f"Entwurf {i}\n" + texts[i % len(texts)], encoding="utf-8")
print(f"{count} drafts from {len(texts)} corpus texts, {sum(p.stat().st_size for p in out.iterdir())/1e6:.1f} MB", file=sys.stderr)
PY

python3 - "$work" "$runs" "$peers" <<'PY'
import os, resource, statistics, subprocess, sys, time
work, runs, peers = sys.argv[1], int(sys.argv[2]), os.path.abspath(sys.argv[3])
drafts = os.path.join(work, "drafts")
tools = {
    "herald check": ([os.path.join(peers, "herald", "herald"), "check", "--format", "json", drafts], None),
    "secretlint": ([os.path.join(peers, "secretlint", "node_modules", ".bin", "secretlint"), f"{drafts}/**/*.txt",
                    "--format=json", f"--output={work}/secretlint.json"], os.path.join(peers, "secretlint")),
}
# Wall time is what a user waits; CPU time (user + system, all threads) hardly depends on what else the machine runs.
def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
medians, cpu_medians = {}, {}
for name, (cmd, cwd) in tools.items():
    subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm the file cache
    times, cpus = [], []
    for _ in range(runs):
        start, cpu_start = time.perf_counter(), cpu_seconds()
        result = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        cpus.append(cpu_seconds() - cpu_start)
        if result.returncode not in (0, 1):
            sys.exit(f"{name} failed with exit code {result.returncode}: {result.stderr.decode()[-500:]}")
    medians[name], cpu_medians[name] = statistics.median(times), statistics.median(cpus)
    print(f"{name:14} median {medians[name]:7.2f} s over {runs} runs (min {min(times):.2f} s, max {max(times):.2f} s); CPU median {cpu_medians[name]:.2f} s")
print(f"ratio secretlint / herald check: {medians['secretlint'] / medians['herald check']:.1f}x wall, {cpu_medians['secretlint'] / cpu_medians['herald check']:.1f}x CPU")
print(f"load average at the end: {os.getloadavg()[0]:.1f} (1 min), {os.getloadavg()[1]:.1f} (5 min) on {os.cpu_count()} cores")
PY
