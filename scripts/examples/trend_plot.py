"""An analyst's example (README, "Querying from Python"): open the warehouse read-only with DuckDB's Python package
(any 1.x or later), print the 2019 达标率 of a region, pull the 终期评估 trend table (report_trend_wide) of one plan and
region into a pandas DataFrame and plot its first indicators with matplotlib to a PNG.

usage: python3 scripts/examples/trend_plot.py HOME [PLAN] [REGION] [OUT.png]
       (defaults: women-2011-2020, 450200, trend.png)
"""
import sys

import duckdb
import matplotlib

matplotlib.use("Agg")  # no display needed
import matplotlib.pyplot as plt

home = sys.argv[1]
plan = sys.argv[2] if len(sys.argv) > 2 else "women-2011-2020"
region = sys.argv[3] if len(sys.argv) > 3 else "450200"
out = sys.argv[4] if len(sys.argv) > 4 else "trend.png"

# read_only: a build may swap in a new file meanwhile; this connection keeps reading the one it opened
con = duckdb.connect(f"{home}/warehouse.duckdb", read_only=True)
print("duckdb", duckdb.__version__)

for plan_code, met_rate in con.execute(
        "SELECT plan_code, round(met_rate, 2) FROM report_summary"
        " WHERE year = 2019 AND region_code = ? AND domain_code IS NULL ORDER BY plan_code", [region]).fetchall():
    print("met_rate", plan_code, met_rate)

wide = con.execute(
    "SELECT * FROM report_trend_wide WHERE plan_code = ? AND region_code = ? AND sex = 'T' AND area = 'total'"
    " ORDER BY indicator_code", [plan, region]).df()
years = [c for c in wide.columns if c.startswith("y") and c[1:].isdigit() and wide[c].notna().any()]

fig, ax = plt.subplots(figsize=(8, 4.5))
for _, row in wide.head(4).iterrows():
    ax.plot([int(y[1:]) for y in years], [row[y] for y in years], marker="o", label=row["indicator_code"])
ax.set_xlabel("year")
ax.set_title(f"{plan} {region}")
ax.legend()
fig.savefig(out, dpi=100)
print("plotted", len(wide), "indicators,", len(years), "years ->", out)
