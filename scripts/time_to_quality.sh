#!/usr/bin/env bash
# Time to quality: this project against the PyTorch peer, the same training seconds each, scored by the same metric.
#
#   scripts/time_to_quality.sh [--preset NAME] [--out DIR] [--only shapes|fashion] [--seconds-shapes 30,60]
#                              [--seconds-fashion 60,120] [--cpus 0-1]
#
# For each dataset it trains the peer (../shared/bench/torch_time_to_quality.py, or $PEER) and then GAN Studio's
# `train --seconds` with the preset, one after the other under the same `taskset` CPU list, both counting the
# training steps' own time only. At each checkpoint both sides' 2048 samples are written as a gap-free PNG grid
# (the peer's own; ours by `sample --plain`), and each grid is scored by `evaluate --images` against the dataset:
# the same feature space, the same 1000 real images. Prints one table row per dataset and second mark.
# Needs a built jar (mvn -DskipTests package) and /usr/bin/python3 with python3-torch, python3-numpy, python3-pil.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
preset=fast
out=${TMPDIR:-/tmp}/time-to-quality
only=all
sec_shapes=30,60
sec_fashion=60,120
cpus=0-$(( $(nproc) - 1 ))
fashion=${FASHION_MNIST:-/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz}
peer=${PEER:-$here/../shared/bench/torch_time_to_quality.py}
samples=2048
while [ $# -gt 0 ]; do
  case "$1" in
    --preset) preset=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --seconds-shapes) sec_shapes=$2; shift 2 ;;
    --seconds-fashion) sec_fashion=$2; shift 2 ;;
    --cpus) cpus=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
jar=$here/target/gan-studio.jar
[ -f "$jar" ] || { echo "no $jar: build it first with mvn -q -DskipTests package" >&2; exit 2; }
[ -f "$peer" ] || { echo "no peer script at $peer (set PEER=...)" >&2; exit 2; }
gs() { taskset -c "$cpus" java -jar "$jar" "$@"; }
mkdir -p "$out"
echo "time to quality: preset $preset, samples $samples, cpus $cpus ($(nproc) online), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "outputs: $out"

score() {   # picture dataset -> "fid kid precision recall"
  gs evaluate --images "$1" --dataset "$2" 2>/dev/null \
    | awk -F': ' '$1=="fid"{f=$2} $1=="kid"{k=$2} $1=="precision"{p=$2} $1=="recall"{r=$2} END{print f, k, p, r}'
}

run_one() {   # name data seconds
  local name=$1 data=$2 secs=$3 dir=$out/$1
  mkdir -p "$dir"
  echo "== $name: peer for $secs s" >&2
  taskset -c "$cpus" /usr/bin/python3 "$peer" --data "$data" --seconds "$secs" --out "$dir/peer" \
    --samples $samples > "$dir/peer.log"
  echo "== $name: gan-studio ($preset) for $secs s" >&2
  gs train --dataset "$data" --out "$dir/ours" --seconds "$secs" --preset "$preset" --sample-every 1000000 \
    > "$dir/ours.log" 2>&1
  IFS=, read -ra marks <<< "$secs"
  for s in "${marks[@]}"; do
    local ck=$dir/ours/experiment-${s}s.ganstudio grid=$dir/ours_${s}s.png
    gs sample --checkpoint "$ck" --out "$grid" --count $samples --plain > /dev/null 2>&1
    local psteps osteps
    psteps=$(awk -v s="$s" '$1=="train_s:" && $2==s {print $4}' "$dir/peer.log")
    osteps=$(awk -v s="$s" '$1=="train_s:" && $2==s {print $4}' "$dir/ours.log")
    read -r pf pk pp pr <<< "$(score "$dir/peer/peer_${s}s.png" "$data")"
    read -r of ok op orr <<< "$(score "$grid" "$data")"
    printf '%-8s %5ss | peer %5s steps fid %9s kid %7s prec %5s rec %5s | ours %5s steps fid %9s kid %7s prec %5s rec %5s | fid peer/ours %s\n' \
      "$name" "$s" "$psteps" "$pf" "$pk" "$pp" "$pr" "$osteps" "$of" "$ok" "$op" "$orr" \
      "$(awk -v a="$pf" -v b="$of" 'BEGIN{ if (b > 0) printf "%.2f", a / b; else print "-" }')"
  done
}

if [ "$only" = all ] || [ "$only" = shapes ]; then run_one shapes "$here/datasets/shapes" "$sec_shapes"; fi
if [ "$only" = all ] || [ "$only" = fashion ]; then
  if [ -f "$fashion" ]; then run_one fashion "$fashion" "$sec_fashion"
  else echo "fashion: skipped, no $fashion (apt-get install dataset-fashion-mnist, or set FASHION_MNIST)"; fi
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
