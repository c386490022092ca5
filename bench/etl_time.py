"""`make etl` wall time, median of 5, beside the floor `python -c "import pandas"`.

Target: at most 1.5x the floor. Run: `.venv/bin/python bench/etl_time.py`.
"""
from common import ROOT, table, wall_time

PY = str(ROOT / ".venv" / "bin" / "python")

subprocess_warmup = wall_time(["make", "--no-print-directory", "etl"], runs=1)  # installs once if needed
floor, floor_runs = wall_time([PY, "-c", "import pandas"])
make_etl, make_runs = wall_time(["make", "--no-print-directory", "etl"])
module, module_runs = wall_time([PY, "-m", "etl"])
check, check_runs = wall_time([PY, "-m", "etl", "--check"])
rows = [
    ["python -c 'import pandas' (floor)", f"{floor:.3f}", "1.00x", " ".join(f"{t:.3f}" for t in floor_runs)],
    ["make etl", f"{make_etl:.3f}", f"{make_etl / floor:.2f}x", " ".join(f"{t:.3f}" for t in make_runs)],
    ["python -m etl", f"{module:.3f}", f"{module / floor:.2f}x", " ".join(f"{t:.3f}" for t in module_runs)],
    ["python -m etl --check", f"{check:.3f}", f"{check / floor:.2f}x", " ".join(f"{t:.3f}" for t in check_runs)],
]
print("ETL wall time, median of 5 runs (seconds)")
print(table(rows, ["command", "median s", "vs floor", "runs"]))
print(f"target: make etl <= 1.5x floor -> {'met' if make_etl <= 1.5 * floor else 'NOT met'}")
