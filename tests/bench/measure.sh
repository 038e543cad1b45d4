# Sourced by the shell benchmarks: how a whole process is measured, and how runs are summed up.
# Needs $work, a scratch folder.

measure() { # command...: prints "seconds KB"; a failed run stops the benchmark
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>&1 || { echo "FAIL: $*: $(tail -3 "$work/out")" >&2; exit 1; }
    cat "$work/time"
}

summary() { # label, file of "seconds KB" lines[, rows]: min / median / max, peak memory, rows/s
    sort -n "$2" | awk -v label="$1" -v rows="${3:-0}" '{ t[NR] = $1; if ($2 > m) m = $2 }
        END { printf "%-44s min %6.2f s  median %6.2f s  max %6.2f s  peak %5d MB", label, t[1], t[int((NR + 1) / 2)], t[NR], m / 1024
              if (rows > 0) printf "  %7.0f rows/s", rows / t[int((NR + 1) / 2)]
              printf "\n" }'
}
