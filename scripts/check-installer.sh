#!/usr/bin/env bash
# Builds the "installer" Maven profile and runs the packaged launcher headless, so that packaging
# cannot rot silently: the trimmed runtime (jlink modules) and the trimmed class path (the jars the
# profile leaves out) must still print the version, run the benchmark, train a step on a shipped
# dataset and one on WebP and CMYK JPEG files; the .deb must still carry the launcher, the menu
# entry, the file type and the GTK dependency. Linux only (it runs the Linux launcher). No display needed.
#
#   scripts/check-installer.sh [--app-image-only] [extra Maven options, e.g. -o]
#
# The .deb is compressed with gzip -1 here unless DPKG_DEB_COMPRESSOR_TYPE says otherwise: this
# checks what goes into the package, not its size, and xz on ~230 MB takes minutes. Release
# packages come from the plain command in README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

app_image_only=false
if [[ "${1:-}" == "--app-image-only" ]]; then
    app_image_only=true
    shift
fi

export DPKG_DEB_COMPRESSOR_TYPE="${DPKG_DEB_COMPRESSOR_TYPE:-gzip}"
export DPKG_DEB_COMPRESSOR_LEVEL="${DPKG_DEB_COMPRESSOR_LEVEL:-1}"

fail() {
    echo "check-installer: FAILED: $*" >&2
    exit 1
}

start=$SECONDS
echo "== mvn -Pinstaller -DskipTests package (app image only: $app_image_only)"
mvn -B -q -Pinstaller -DskipTests -Djpackage.appImageOnly="$app_image_only" "$@" package
build_seconds=$((SECONDS - start))

image=target/installer/gan-studio
launcher="$image/bin/gan-studio"
[[ -x "$launcher" ]] || fail "no launcher at $launcher"
[[ -d "$image/lib/app/datasets/shapes" ]] || fail "the shipped datasets are not in the app image"

# Run from an empty folder, as a menu entry would (the app looks for datasets/ in the working
# directory first), with a launcher path that does not depend on where the project is.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
launcher=$(cd "$image/bin" && pwd)/gan-studio
datasets=$(cd "$image/lib/app/datasets" && pwd)

echo "== gan-studio --version"
version=$(cd "$work" && "$launcher" --version)
echo "$version"
[[ "$version" == "GAN Studio "* ]] || fail "unexpected --version output: $version"

echo "== gan-studio bench --steps 2 --warmup 0"
bench=$(cd "$work" && "$launcher" bench --steps 2 --warmup 0) || fail "bench exited with $?"
echo "$bench"
grep -q '^step_ms_median: ' <<<"$bench" || fail "bench printed no step_ms_median"

echo "== gan-studio train (1 step on the shipped shapes dataset)"
(cd "$work" && "$launcher" train --dataset "$datasets/shapes" --out run --steps 1 --batch 8 \
    --sample-every 1 --checkpoint-every 1) || fail "train exited with $?"
[[ -s "$work/run/experiment.ganstudio" ]] || fail "train wrote no experiment file"

# Start-up: the runtime shares the JDK's classes (jlink --generate-cds-archive) and the app image's own
# archive (jpackage/linux/make-startup-archive.sh) the app's and JavaFX's, so they are mapped, not loaded.
echo "== start-up archive"
[[ -f "$image/lib/runtime/lib/server/classes.jsa" ]] || fail "the runtime has no class-data-sharing archive"
[[ -s "$image/lib/app/gan-studio.jsa" ]] || fail "the app image has no start-up archive"
loads=$(cd "$work" && JAVA_TOOL_OPTIONS=-Xlog:class+load "$launcher" --version 2>/dev/null)
grep -q 'org.ganstudio.app.Launcher source: shared objects file' <<<"$loads" \
    || fail "the launcher does not map the app's classes from the start-up archive"
echo "classes mapped: $(grep -c 'source: shared objects file' <<<"$loads"), read: $(grep -c 'source: jrt:\|source: file:' <<<"$loads")"

# WebP and CMYK/YCCK JPEGs are read by the TwelveMonkeys plugins: they must be found (ImageIO service files)
# and run on the trimmed runtime. The JPEGs are written with the build JDK; the packaged app only reads them.
echo "== gan-studio train (1 step on WebP and CMYK/YCCK JPEG files)"
mkdir "$work/web"
cp src/test/resources/org/ganstudio/dataset/webp/*.webp "$work/web/"
java scripts/MakeCmykJpegs.java "$work/web"
(cd "$work" && "$launcher" train --dataset "$work/web" --out run-web --steps 1 --batch 4 \
    --sample-every 1 --checkpoint-every 1) || fail "train on WebP/CMYK exited with $?"
[[ -s "$work/run-web/experiment.ganstudio" ]] || fail "train on WebP/CMYK wrote no experiment file"
[[ ! -e "$work/run-web/dataset-report.txt" ]] || fail "files were skipped: $(cat "$work/run-web/dataset-report.txt")"

if [[ "$app_image_only" == false ]]; then
    deb=$(ls target/installer/*.deb 2>/dev/null | head -n 1)
    [[ -n "$deb" ]] || fail "no .deb in target/installer"
    echo "== $deb"
    depends=$(dpkg-deb -f "$deb" Depends)
    for package in libgtk-3-0 libgl1; do
        grep -qw "$package" <<<"$depends" || fail "the .deb does not depend on $package"
    done
    grep -qw "fonts-noto-cjk" <<<"$depends" || fail "the .deb does not depend on a CJK font (fonts-noto-cjk)"
    contents=$(dpkg-deb -c "$deb")
    for path in ./opt/gan-studio/bin/gan-studio ./opt/gan-studio/lib/gan-studio-gan-studio.desktop \
            ./opt/gan-studio/lib/app/datasets/shapes/; do
        grep -qF " $path" <<<"$contents" || fail "the .deb has no $path"
    done
    desktop=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/gan-studio/lib/gan-studio-gan-studio.desktop)
    grep -q '^Exec=.*%F$' <<<"$desktop" || fail "the menu entry does not pass files to the app"
    grep -q '^MimeType=application/x-ganstudio-experiment;' <<<"$desktop" || fail "no experiment file type"
    for script in postinst prerm; do
        dpkg-deb --ctrl-tarfile "$deb" | tar -xO "./$script" | sh -n || fail "$script is not valid sh"
    done
    echo "Depends: $depends"
    echo "size: $(du -h "$deb" | cut -f1) ($DPKG_DEB_COMPRESSOR_TYPE)"
fi

echo "app image: $(du -sh --apparent-size "$image" | cut -f1)"
echo "check-installer: OK (build ${build_seconds}s, total $((SECONDS - start))s)"
