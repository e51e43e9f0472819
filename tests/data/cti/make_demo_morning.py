#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes demo-morning.jsonl: an invented morning (08:00-10:00, 21 November 2026, +08:00) of the telephone switch of
# the demo district, in the desk's CTI format (README "The telephone (CTI)"). Deterministic (seed 110); nobody's real
# calls: numbers are 138/139 test ranges, places scattered around the district's centre.
import datetime as dt
import json
import random

rng = random.Random(110)
tz = dt.timezone(dt.timedelta(hours=8))
start = dt.datetime(2026, 11, 21, 8, 0, 0, tzinfo=tz)
desks = ["110-01", "110-02", "110-03"]
events = []


def at(t):
    return t.isoformat(timespec="seconds")


t = start
for n in range(1, 41):
    t += dt.timedelta(seconds=rng.randint(60, 300))
    call = f"D-{n:04d}"
    line = rng.choices(["110", "119", "122"], weights=[8, 1, 1])[0]
    ring = {"event": "ringing", "call": call, "line": line, "number": f"13{rng.randint(8, 9)}{rng.randint(10000000, 99999999)}",
            "time": at(t)}
    if rng.random() < 0.6:
        gps = rng.random() < 0.5
        ring["location"] = {"lat": round(22.78 + rng.uniform(-0.02, 0.02), 5), "lon": round(100.97 + rng.uniform(-0.02, 0.02), 5),
                            "radius_m": rng.randint(8, 60) if gps else rng.randint(300, 1500),
                            "source": "gps" if gps else "cell"}
    events.append(ring)
    if rng.random() < 0.12:
        gone = t + dt.timedelta(seconds=rng.randint(5, 40))
        events.append({"event": "ended", "call": call, "outcome": "abandoned", "time": at(gone)})
        continue
    wait = rng.choice([3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17, 22, 31])
    answered = t + dt.timedelta(seconds=wait)
    events.append({"event": "answered", "call": call, "desk": rng.choice(desks), "time": at(answered)})
    if "location" in ring and ring["location"]["source"] == "cell" and rng.random() < 0.5:
        better = dict(ring["location"], radius_m=rng.randint(10, 40), source="gps")
        events.append({"event": "location", "call": call, "location": better, "time": at(answered + dt.timedelta(seconds=5))})
    events.append({"event": "ended", "call": call, "outcome": "answered",
                   "time": at(answered + dt.timedelta(seconds=rng.randint(40, 240)))})

events.sort(key=lambda e: e["time"])
with open("demo-morning.jsonl", "w", encoding="utf-8") as f:
    f.write("# An invented morning of the demo district's telephone switch (make_demo_morning.py, seed 110).\n")
    for e in events:
        f.write(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n")
