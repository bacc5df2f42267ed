#!/bin/sh
# Writes the class-data-sharing archive of an installed (or freshly built) Linux app image:
#   make-startup-archive.sh APP_ROOT        (APP_ROOT holds bin/gan-studio, lib/app, lib/runtime)
# The launcher maps APP_ROOT/lib/app/gan-studio.jsa at every start (see jpackage/common.args); JDK 17
# accepts it only with the class path it was written with, so it is written where the app lives: at
# build time for the app image and by the .deb's postinst for /opt/gan-studio. Elsewhere the JVM
# ignores it silently and still shares the runtime's own classes. Ships inside the app image.
set -eu
root=$(cd "$1" && pwd)
app="$root/lib/app"
cfg="$app/gan-studio.cfg"
[ -f "$cfg" ] || { echo "make-startup-archive: no $cfg" >&2; exit 1; }
# the launcher's class path, in its order, and its JVM options (heap and GC must match), with $APPDIR
# filled in the way the launcher fills it; the archive options themselves are left out
classpath=$(sed -n 's|^app.classpath=\$APPDIR|'"$app"'|p' "$cfg" | paste -sd: -)
options=$(sed -n 's|^java-options=||p' "$cfg" | grep -v -e SharedArchiveFile -e Xshare -e '-Xlog:cds' \
    | sed 's|\$APPDIR|'"$app"'|g' | tr '\n' ' ')
partial="$app/gan-studio.jsa.partial"
rm -f "$partial"
# shellcheck disable=SC2086 # the options are separate words
"$root/lib/runtime/bin/java" -XX:ArchiveClassesAtExit="$partial" -Xlog:cds=off -Xlog:cds+dynamic=off \
    $options -cp "$classpath" org.ganstudio.app.StartupArchive
mv -f "$partial" "$app/gan-studio.jsa"
echo "make-startup-archive: $app/gan-studio.jsa ($(du -h "$app/gan-studio.jsa" | cut -f1))"
