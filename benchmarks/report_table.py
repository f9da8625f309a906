"""The Markdown table `make bench` prints and writes beside its JSON (README, "Benchmarks")."""


def share(ratio: float) -> str:
    return f"{ratio:.1%}" if ratio >= 0.01 else f"{ratio:.2%}"


def markdown(report: dict) -> str:
    lines = [
        f"# Benchmark, {report['when']}",
        "",
        f"Scale {report['scale']} ({report['shape']}); PostgreSQL; gunicorn, {report['workers']} sync "
        f"workers, DEBUG off; wrk, {report['connections']} connections, {report['seconds']} s a page; "
        f"{report['cpus']} CPUs, load average {' / '.join(map(str, report['load_average_at_start']))} "
        "(1 / 5 / 15 min) when the run started.",
        "",
        "| Page | Signed in | Queries | KiB | Requests/s | p50 ms | p95 ms | Share of baseline |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for row in report["pages"]:
        queries = f"{row['queries']}" + (
            f" ({row['queries_first']} first)" if row["queries_first"] != row["queries"] else ""
        )
        timeouts = f" ({row['timeouts']} timeouts)" if row["timeouts"] else ""
        lines.append(
            f"| {row['page']} | {'yes' if row['signed_in'] else 'no'} | {queries} | {row['kib']} | "
            f"{row['rps']}{timeouts} | {row['p50_ms']} | {row['p95_ms']} | {share(row['ratio'])} |"
        )
    ranking = report["ranking"]
    lines += ["", f"Ranking ({ranking['entries']} entries in the biggest category, 3 sheets each):", ""]
    for name, numbers in ranking.items():
        if name != "entries":
            lines.append(
                f"- {name}: {numbers['median_s']} s median of 5 ({numbers['first_s']} s the first time), "
                f"{numbers['queries']} queries"
            )
    upload = report["upload"]
    lines += [
        "",
        f"Upload of a {upload['file_mib']} MiB PDF (limit {upload['limit_mib']:.0f} MiB): "
        + "a worker's memory grew "
        + ", ".join(f"{u['growth_mib']} MiB ({u['seconds']} s)" for u in upload["uploads"])
        + ".",
        "",
        "Big files, made as background jobs (one worker):",
        "",
    ]
    lines += [f"- {name}: {d['seconds']} s, {d['mib']} MiB" for name, d in report["downloads"].items()]
    return "\n".join(lines) + "\n"
