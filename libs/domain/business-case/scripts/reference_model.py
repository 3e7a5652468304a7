#!/usr/bin/env python3
"""Independent reference for the business-case figures (domain.md section 8).

Plain Python, no numpy, written from the spec and not from the TypeScript,
so the specs can compare against figures computed another way. NPV is
checked two ways (the direct sum and the spreadsheet form
flow0 + NPV(r, flow1..N)); IRR is found by bisection on the end points of
[-0.95, 5] only when they bracket a root, and cross-checked with Newton.

Value realisation (domain.md section 9) is worked the same way: case months
from date arithmetic (datetime.date + timedelta, math.ceil), actuals to
realised benefit, ratios, the re-forecast flows and the deflection needed.

Usage: python3 libs/domain/business-case/scripts/reference_model.py
"""

import math
from datetime import date, timedelta

BENCHMARK = {"IT": 0.75, "HR": 0.68, "PROCUREMENT": 0.58, "SECURITY": 0.42, "FINANCE": 0.36}


def flows(case):
    h = case.get("horizon", 36)
    g = case.get("growth", 0.0)
    residual = case.get("residual", 0.0)
    benefit = [0.0]
    cost = [case["one_time"] + case.get("change", 0.0)]
    for m in range(1, h + 1):
        b = 0.0
        for d in case["departments"]:
            target = d.get("target", BENCHMARK.get(d["kind"], 0.30))
            ramp = d.get("ramp", 3)
            volume = d["volume"] * (1 + g) ** ((m - 1) / 12)
            defl = 0.0 if m < d["go_live"] else target * min(1.0, (m - d["go_live"] + 1) / ramp)
            cpr = d["minutes"] / 60 * case["hourly"]
            b += volume * defl * (cpr - residual)
        benefit.append(b)
        cost.append(case["platform"] + case.get("coe", 0.0))
    return benefit, cost, [b - c for b, c in zip(benefit, cost)]


def payback(net):
    cum = 0.0
    for m, n in enumerate(net):
        prev, cum = cum, cum + n
        if cum >= 0:
            return 0.0 if m == 0 else (m - 1) + (-prev) / n
    return None


def npv(net, annual):
    r = (1 + annual) ** (1 / 12) - 1
    direct = sum(n / (1 + r) ** m for m, n in enumerate(net))
    spreadsheet = net[0] + sum(n / (1 + r) ** k for k, n in enumerate(net[1:], start=1))
    assert abs(direct - spreadsheet) < 1e-6
    return direct


def pv(net, i):
    return sum(n / (1 + i) ** m for m, n in enumerate(net))


def irr(net, lo=-0.95, hi=5.0):
    flo, fhi = pv(net, lo), pv(net, hi)
    if flo == 0:
        return (1 + lo) ** 12 - 1
    if (flo > 0) == (fhi > 0):
        return None
    for _ in range(200):
        mid = (lo + hi) / 2
        fm = pv(net, mid)
        if (fm > 0) == (flo > 0):
            lo, flo = mid, fm
        else:
            hi = mid
    i = (lo + hi) / 2
    # Newton from the bisection result must not move it.
    d = sum(-m * n / (1 + i) ** (m + 1) for m, n in enumerate(net))
    assert abs(pv(net, i) / d) < 1e-9
    return (1 + i) ** 12 - 1, i


def with_departments(case, change):
    return dict(case, departments=[change(dict(d)) for d in case["departments"]])


def target_of(d):
    return d.get("target", BENCHMARK.get(d["kind"], 0.30))


def scenario_cases(case):
    conservative = with_departments(case, lambda d: dict(d, target=target_of(d) * 0.6, ramp=d.get("ramp", 3) * 2))
    optimistic = with_departments(case, lambda d: dict(d, target=max(target_of(d), min(0.95, target_of(d) * 1.15))))
    return {"CONSERVATIVE": conservative, "EXPECTED": case, "OPTIMISTIC": optimistic}


def sensitivity_cases(case, f):
    return {
        "VOLUME": with_departments(case, lambda d: dict(d, volume=d["volume"] * f)),
        "HANDLING_MINUTES": with_departments(case, lambda d: dict(d, minutes=d["minutes"] * f)),
        "TARGET_DEFLECTION": with_departments(case, lambda d: dict(d, target=min(1.0, target_of(d) * f))),
        "HOURLY_COST": dict(case, hourly=case["hourly"] * f),
        "PLATFORM_COST": dict(case, platform=case["platform"] * f),
        "ONE_TIME_COSTS": dict(case, one_time=case["one_time"] * f),
    }


def outcome(case):
    _, _, net = flows(case)
    return payback(net), npv(net, case.get("discount", 0.08))


def report_variants(case):
    for name, variant in scenario_cases(case).items():
        print("scenario", name, "payback, npv", outcome(variant))
    low, high = sensitivity_cases(case, 0.8), sensitivity_cases(case, 1.2)
    rows = sorted(((abs(outcome(high[k])[1] - outcome(low[k])[1]), k) for k in low), key=lambda r: -r[0])
    for swing, k in rows:
        print("sensitivity", k, "swing", repr(swing), "low", outcome(low[k]), "high", outcome(high[k]))


def report(name, case):
    benefit, cost, net = flows(case)
    cum, c = [], 0.0
    for n in net:
        c += n
        cum.append(c)
    print(f"== {name}")
    print("net", [round(x, 6) for x in net[:8]], "...")
    print("cumulative", [round(x, 6) for x in cum[:8]], "...")
    print("payback", repr(payback(net)))
    print("sum benefit", repr(sum(benefit)), "sum cost", repr(sum(cost)))
    print("roi", repr((sum(benefit) - sum(cost)) / sum(cost)))
    print("npv", repr(npv(net, case.get("discount", 0.08))))
    print("irr (annual, monthly)", irr(net))
    inaction = sum(
        d["volume"] * (1 + case.get("growth", 0.0)) ** ((m - 1) / 12) * d["minutes"] / 60 * case["hourly"]
        for m in range(1, case.get("horizon", 36) + 1)
        for d in case["departments"]
    )
    print("cost of inaction", repr(inaction))


def mulberry32(seed):
    """Tommy Ettinger's mulberry32, on unsigned 32-bit integers."""
    state = seed & 0xFFFFFFFF

    def imul(a, b):
        return (a * b) & 0xFFFFFFFF

    def draw():
        nonlocal state
        state = (state + 0x6D2B79F5) & 0xFFFFFFFF
        t = imul(state ^ (state >> 15), state | 1)
        t ^= (t + imul(t ^ (t >> 7), t | 61)) & 0xFFFFFFFF
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296

    return draw


def triangular(lo, mode, hi, u):
    f = (mode - lo) / (hi - lo)
    if u < f:
        return lo + ((u * (hi - lo) * (mode - lo)) ** 0.5)
    return hi - (((1 - u) * (hi - lo) * (hi - mode)) ** 0.5)


def nearest_rank(values, p):
    import math
    ordered = sorted(values)
    return ordered[max(1, math.ceil(p * len(ordered) - 1e-9)) - 1]


def monte_carlo(case, runs, seed):
    draw = mulberry32(seed)
    paybacks, npvs = [], []
    for _ in range(runs):
        fd = 1 + triangular(-0.3, 0, 0.2, draw())
        fv = 1 + triangular(-0.2, 0, 0.2, draw())
        fh = 1 + triangular(-0.2, 0, 0.2, draw())
        departments = [
            dict(d, target=min(1.0, d.get("target", BENCHMARK.get(d["kind"], 0.30)) * fd),
                 volume=d["volume"] * fv, minutes=d["minutes"] * fh)
            for d in case["departments"]
        ]
        _, _, net = flows(dict(case, departments=departments))
        pb = payback(net)
        paybacks.append(float("inf") if pb is None else pb)
        npvs.append(npv(net, case.get("discount", 0.08)))
    show = lambda v: None if v == float("inf") else v
    return {
        "p10Payback": show(nearest_rank(paybacks, 0.1)),
        "p50Payback": show(nearest_rank(paybacks, 0.5)),
        "p90Payback": show(nearest_rank(paybacks, 0.9)),
        "p10Npv": nearest_rank(npvs, 0.1),
        "p50Npv": nearest_rank(npvs, 0.5),
        "p90Npv": nearest_rank(npvs, 0.9),
        "probabilityOfPayback": sum(1 for v in paybacks if v != float("inf")) / runs,
    }


TINY = {
    "horizon": 6, "hourly": 50.0, "residual": 1.0, "one_time": 5900.0, "change": 2000.0,
    "platform": 1500.0, "coe": 500.0,
    "departments": [{"kind": "IT", "volume": 1000.0, "minutes": 12.0, "target": 0.6, "go_live": 2, "ramp": 3}],
}

AUDIT = {
    "hourly": 55.0, "platform": 9000.0, "coe": 6000.0, "one_time": 120000.0, "change": 15000.0,
    "departments": [
        {"kind": "IT", "volume": 4000.0, "minutes": 12.0, "go_live": 3},
        {"kind": "HR", "volume": 4220.0, "minutes": 18.0, "go_live": 6},
        {"kind": "FINANCE", "volume": 2000.0, "minutes": 25.0, "go_live": 9},
    ],
}

def month_bounds(start, m):
    """Case month m >= 1: start + ceil((m - 1) * 365.25/12) .. start + ceil(m * 365.25/12) - 1 days."""
    return start + timedelta(days=math.ceil((m - 1) * 365.25 / 12)), start + timedelta(days=math.ceil(m * 365.25 / 12) - 1)


def department_months(case, d):
    """Planned volume, deflected and benefit of one department, months 1..horizon."""
    h = case.get("horizon", 36)
    g = case.get("growth", 0.0)
    saving = d["minutes"] / 60 * case["hourly"] - case.get("residual", 0.0)
    target = target_of(d)
    ramp = d.get("ramp", 3)
    rows = []
    for m in range(1, h + 1):
        volume = d["volume"] * (1 + g) ** ((m - 1) / 12)
        defl = 0.0 if m < d["go_live"] else target * min(1.0, (m - d["go_live"] + 1) / ramp)
        rows.append({"volume": volume, "deflected": volume * defl, "benefit": volume * defl * saving})
    return rows, saving


def value_realisation(case, start, as_of, actuals):
    """actuals: {(department id, month): (total, deflected)} for any months; only complete ones count."""
    h = case.get("horizon", 36)
    complete = [m for m in range(1, h + 1) if month_bounds(start, m)[1] < as_of]
    c = len(complete)
    assert complete == list(range(1, c + 1))
    departments = []
    for d in case["departments"]:
        rows, saving = department_months(case, d)
        realised = [actuals.get((d["id"], m), (0, 0))[1] * saving for m in range(1, c + 1)]
        planned = [rows[m - 1]["benefit"] for m in range(1, c + 1)]
        counted = [(p, r) for p, r in zip(planned, realised) if p > 0]
        ratio = sum(r for _, r in counted) / sum(p for p, _ in counted) if counted else None
        status = "NOT_LIVE" if ratio is None else "AHEAD" if ratio >= 1.1 else "ON_TRACK" if ratio >= 0.9 else "BEHIND"
        needed = None
        remaining = sum(row["volume"] for row in rows[c:])
        if status == "BEHIND" and c < h and saving > 0 and remaining > 0:
            needed = max(0.0, (sum(row["benefit"] for row in rows) - sum(realised)) / (saving * remaining))
        departments.append({"id": d["id"], "rows": rows, "realised": realised, "ratio": ratio, "status": status,
                            "planned_to_date": sum(planned), "realised_to_date": sum(realised), "needed": needed})
    cost = [case["one_time"] + case.get("change", 0.0)] + [case["platform"] + case.get("coe", 0.0)] * h
    benefit = [0.0]
    for m in range(1, h + 1):
        if m <= c:
            benefit.append(sum(dep["realised"][m - 1] for dep in departments))
        else:
            benefit.append(sum(dep["rows"][m - 1]["benefit"] * (1 if dep["ratio"] is None else dep["ratio"]) for dep in departments))
    net = [b - k for b, k in zip(benefit, cost)]
    _, _, planned_net = flows(case)
    return {
        "complete_months": c,
        "planned_to_date": sum(dep["planned_to_date"] for dep in departments),
        "realised_to_date": sum(dep["realised_to_date"] for dep in departments),
        "planned_payback": payback(planned_net),
        "forecast_payback": payback(net),
        "forecast_npv": npv(net, case.get("discount", 0.08)),
        "forecast_roi": sum(benefit) / sum(cost) - 1,
        "forecast_net": net,
        "departments": [(dep["id"], dep["status"], dep["ratio"], dep["planned_to_date"], dep["realised_to_date"], dep["needed"])
                        for dep in departments],
    }


# The audit case measured on 2026-09-20 from a programme start of 2026-01-05:
# IT live in month 3 and close to plan, HR live in month 6 and behind, Finance
# (month 9) not live. Months 1..8 are complete (month 8 ends 2026-09-05).
AUDIT_WITH_IDS = dict(AUDIT, departments=[dict(d, id=k) for d, k in zip(AUDIT["departments"], ["it", "hr", "fin"])])
AUDIT_ACTUALS = {
    ("it", 3): (3950, 1010), ("it", 4): (4105, 1890), ("it", 5): (3990, 2620), ("it", 6): (4020, 2890),
    ("it", 7): (4080, 2950), ("it", 8): (3900, 2870), ("it", 9): (1000, 900),
    ("hr", 5): (4200, 150), ("hr", 6): (4150, 610), ("hr", 7): (4300, 1240), ("hr", 8): (4260, 1630),
    ("fin", 8): (2100, 40),
}


if __name__ == "__main__":
    report("tiny 1-department 6-month case", TINY)
    report("IT + HR + Finance from a two-week audit", AUDIT)
    report_variants(AUDIT)
    print("== flows")
    print("[-100, 110]", irr([-100.0, 110.0]))
    print("[-1000] + 12 x 1500", irr([-1000.0] + [1500.0] * 12))
    print("[-100, 700]", irr([-100.0, 700.0]))
    print("npv [-1000] + 12 x 100 at 8%", repr(npv([-1000.0] + [100.0] * 12, 0.08)))
    print("== mulberry32(seed 1), first 3", [repr(x) for x in (lambda r: [r(), r(), r()])(mulberry32(1))])
    print("== mulberry32(seed 42), first 3", [repr(x) for x in (lambda r: [r(), r(), r()])(mulberry32(42))])
    print("== monte carlo, audit case, 2000 runs, seed 7", monte_carlo(AUDIT, 2000, 7))
    print("== monte carlo, tiny case, 1000 runs, seed 3", monte_carlo(TINY, 1000, 3))
    print("== value realisation: month bounds from 2026-01-05, months 1, 2, 8, 9:",
          [tuple(str(x) for x in month_bounds(date(2026, 1, 5), m)) for m in (1, 2, 8, 9)])
    print("== value realisation, audit case, 2026-01-05 .. as of 2026-09-20")
    for key, value in value_realisation(AUDIT_WITH_IDS, date(2026, 1, 5), date(2026, 9, 20), AUDIT_ACTUALS).items():
        print(key, repr(value))
