#!/usr/bin/env bash
# Builds the self-contained workbench (its own Java runtime) and the installers of this system:
#   Linux: .deb and .rpm     Windows: .msi (needs WiX 3)     macOS: .dmg
# The version comes from the pom, the icon from assets/icon, the jpackage options from packaging/*.args.
#
# Usage: packaging/package.sh [--app-image] [--no-build] [--types "deb rpm"] [--no-app-cds]
#   --app-image   stop after the app image (no installer)
#   --no-build    reuse target/secpillar.jar and target/lib from an earlier `mvn package`
#   --types T     only these installer types (default: deb rpm | msi | dmg)
#   --no-app-cds  skip the application class archive of the app image in target/ (installed copies make their own)
# Result: target/jpackage/dist/<app image> and target/jpackage/*.deb|*.rpm|*.msi|*.dmg
set -euo pipefail
cd "$(dirname "$0")/.."

build=yes installers=yes types="" app_cds=yes
while (($#)); do
  case "$1" in
    --app-image) installers=no ;;
    --no-build) build=no ;;
    --types) types="$2"; shift ;;
    --no-app-cds) app_cds=no ;;
    *) echo "package.sh: unknown option $1 (see the comment at the top)" >&2; exit 2 ;;
  esac
  shift
done

case "$(uname -s)" in
  Linux) os=linux name=secpillar-workbench icon=assets/icon/icon-256.png natives=lib default_types="deb rpm" ;;
  Darwin) os=macos name="SecPillar Workbench" icon=assets/icon/secpillar.icns natives=lib default_types="dmg" ;;
  MINGW*|MSYS*|CYGWIN*) os=windows name="SecPillar Workbench" icon=assets/icon/secpillar.ico natives=bin default_types="msi" ;;
  *) echo "package.sh: unsupported system $(uname -s)" >&2; exit 2 ;;
esac
types=${types:-$default_types}
for tool in jlink jpackage jar; do
  command -v "$tool" >/dev/null || { echo "package.sh: $tool not found; a JDK 17 (not a JRE) must be on the PATH" >&2; exit 2; }
done
step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }

if [ "$build" = yes ]; then
  step "Building the application jar"
  mvn -B -q package -Dmaven.test.skip=true
fi
version=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties | tr -d '\r')
version=${version%-SNAPSHOT}
app_version=$version
if [ "$os" = macos ] && [ "${version%%.*}" = 0 ]; then
  # macOS bundle versions must start with a number above zero; 0.y.z ships as 1.y.z there (About shows the pom's)
  app_version="1.${version#*.}"
fi

out=target/jpackage
rm -rf "$out"
mkdir -p "$out/input" "$out/fxmods"
step "Staging $version for $os"
cp target/secpillar.jar "$out/input/"
# JavaFX goes into the runtime as modules (its platform jars carry the natives); every other library stays a
# plain jar on the class path: H2, Flyway, PDFBox and the AWS SDK are automatic modules, which jlink refuses.
for jar in target/lib/*.jar; do
  base=$(basename "$jar")
  if [[ $base =~ ^javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\.jar$ ]]; then cp "$jar" "$out/fxmods/"
  elif [[ $base == javafx-* ]]; then :   # the platform-independent shell jar: nothing in it
  else cp "$jar" "$out/input/"
  fi
done
# the .deb and .rpm make the application's class-data archive at install time with this
[ "$os" = linux ] && cp packaging/cds-archive.sh "$out/input/"

step "jlink: a Java runtime of the JDK and JavaFX modules the workbench uses"
jlink --module-path "$out/fxmods" \
  --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.httpserver,jdk.unsupported,jdk.zipfs,jdk.localedata,javafx.controls \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out/runtime"
# Natives beside the runtime's own libraries, so JavaFX never unpacks them into the user's home.
mkdir -p "$out/natives"
for jar in "$out"/fxmods/*.jar; do
  abs=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
  entries=$(jar tf "$abs" | grep -E '\.(so|dll|dylib)$' || true)
  [ -n "$entries" ] && (cd "$out/natives" && jar xf "$abs" $entries)
done
find "$out/natives" -type f \( -name '*.so' -o -name '*.dll' -o -name '*.dylib' \) -exec cp {} "$out/runtime/$natives/" \;

step "jpackage: the app image"
jpackage --type app-image --name "$name" --app-version "$app_version" @packaging/common.args @packaging/app-image.args --icon "$icon" \
  --input "$out/input" --runtime-image "$out/runtime" --dest "$out/dist"
case "$os" in
  macos) image="$out/dist/$name.app"; app_dir="$image/Contents/app"; runtime_home="$image/Contents/runtime/Contents/Home" ;;
  windows) image="$out/dist/$name"; app_dir="$image/app"; runtime_home="$image/runtime" ;;
  *) image="$out/dist/$name"; app_dir="$image/lib/app"; runtime_home="$image/lib/runtime" ;;
esac

step "Class-data sharing: the JDK and JavaFX classes of a start-up, archived in the runtime"
packaging/cds-archive.sh base "$runtime_home" "$app_dir" || echo "(no runtime class archive: it only speeds up start-up)"

if [ "$installers" = yes ]; then
  for type in $types; do
    step "jpackage: the .$type installer"
    jpackage --type "$type" --name "$name" --app-version "$app_version" @packaging/common.args \
      @"packaging/$os.args" --icon "$icon" --app-image "$image" --dest "$out"
  done
fi

if [ "$os" != windows ] && [ "$app_cds" = yes ]; then
  step "Class-data sharing: the application's classes, for the app image where it lies"
  # (an installed copy makes its own at install time: JDK 17 ties it to the jars' absolute paths)
  packaging/cds-archive.sh app "$runtime_home" "$app_dir" || echo "(no application class archive: it only speeds up start-up)"
fi

step "Done"
du -sh "$image" | sed 's/^/app image: /'
for f in "$out"/*.deb "$out"/*.rpm "$out"/*.msi "$out"/*.dmg; do
  [ -e "$f" ] && ls -l "$f" | awk '{printf "installer: %s (%.1f MB)\n", $NF, $5 / 1048576}'
done
exit 0
