#!/usr/bin/env bash
# Measures what a person waits for and what the app costs, with the real window under Xvfb:
#   - window_visible_ms: from starting `java -jar` to the lab window being mapped (median of --runs);
#   - rss_mb_peak / rss_mb_end: resident memory of the app while it trains the default network on the
#     shipped shapes dataset for --seconds (Ctrl+Enter starts training, as a user would press it);
#   - a screenshot of the window mid-training (target/measure-app.png).
# Needs: xvfb, xdotool, imagemagick (apt-get install xvfb xdotool imagemagick), and `mvn -DskipTests package`.
#
#   scripts/measure_app.sh [--runs 3] [--seconds 60] [--size 1366x768] [-- extra app arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

runs=3
seconds=60
size=1366x768
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --size) size=$2; shift 2 ;;
        --) shift; break ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[[ -f target/gan-studio.jar ]] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb xdotool imagemagick)" >&2; exit 2; }
done

display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
home=$(mktemp -d)   # a fresh user: no saved window size, settings or recent files
cleanup() { kill "$xvfb" 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
export DISPLAY=$display
sleep 1

now_ms() { date +%s%3N; }
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }

start_app() {
    HOME=$home java -jar target/gan-studio.jar --dataset datasets/shapes "$@" >"$home/app.log" 2>&1 &
    echo $!
}

wait_window() {
    local deadline=$(( $(now_ms) + 60000 ))
    while (( $(now_ms) < deadline )); do
        if xdotool search --onlyvisible --name "GAN Studio" >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.02
    done
    return 1
}

startup=()
for ((i = 1; i <= runs; i++)); do
    t0=$(now_ms)
    pid=$(start_app "$@")
    wait_window || { echo "no window within 60 s; log:" >&2; cat "$home/app.log" >&2; exit 1; }
    startup+=($(( $(now_ms) - t0 )))
    if (( i < runs )); then
        kill "$pid"; wait "$pid" 2>/dev/null || true
        while xdotool search --onlyvisible --name "GAN Studio" >/dev/null 2>&1; do sleep 0.1; done
    fi
done
sorted=($(printf '%s\n' "${startup[@]}" | sort -n))
echo "window_visible_ms: ${startup[*]} (median ${sorted[$(( runs / 2 ))]})"

# the last run trains: Ctrl+Enter in the window, then resident memory once a second
win=$(xdotool search --onlyvisible --name "GAN Studio" | head -1)
sleep 6   # let the dataset finish loading
# press Start, the toolbar's first button (slowly: JavaFX misses a press and release in the same instant;
# keyboard shortcuts need a focus that no window manager gives here; the first click only focuses)
eval "$(xdotool getwindowgeometry --shell "$win")"   # X, Y: where the window is on the screen
for target in "$((X + 660)) $((Y + 250))" "$((X + 37)) $((Y + 47))"; do
    xdotool mousemove $target
    sleep 0.3
    xdotool mousedown 1
    sleep 0.1
    xdotool mouseup 1
    sleep 0.5
done
peak=0
for ((s = 1; s <= seconds; s++)); do
    sleep 1
    r=$(rss_mb "$pid")
    (( r > peak )) && peak=$r
    if (( s % 10 == 0 )); then echo "rss_mb at ${s}s: $r"; fi
done
import -window root target/measure-app.png
echo "rss_mb_peak: $peak"
echo "rss_mb_end: $(rss_mb "$pid")"
echo "screenshot: target/measure-app.png"
kill "$pid"; wait "$pid" 2>/dev/null || true
