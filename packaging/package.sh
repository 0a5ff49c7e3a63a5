#!/usr/bin/env bash
# Builds a self-contained app image (and, with --deb, a Debian package) of the workbench:
# jlink a JDK + JavaFX runtime (the app's automatic-module jars stay on the class path), then jpackage.
# Usage: packaging/package.sh [--deb]      (run from the project root; needs JDK 17 with jlink/jpackage)
set -euo pipefail
cd "$(dirname "$0")/.."
os=linux
case "$(uname -s)" in Darwin) os=macos ;; MINGW*|MSYS*|CYGWIN*) os=windows ;; esac

mvn -B -q package -DskipTests
rm -rf target/jpackage && mkdir -p target/jpackage/input target/jpackage/fxmods
cp target/secpillar.jar target/jpackage/input/
# JavaFX goes into the runtime as modules; every other library stays a plain jar beside the app.
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-"$os"*.jar) cp "$jar" target/jpackage/fxmods/ ;;
    javafx-*) ;;
    *) cp "$jar" target/jpackage/input/ ;;
  esac
done
jlink --module-path target/jpackage/fxmods \
  --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.unsupported,jdk.zipfs,jdk.localedata,javafx.controls \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output target/jpackage/runtime
# Natives next to the runtime's libraries, so JavaFX never unpacks them into the user's home.
for jar in target/jpackage/fxmods/*.jar; do unzip -q -o -j "$jar" '*.so' '*.dll' '*.dylib' -d target/jpackage/runtime/lib/ 2>/dev/null || true; done
icon=assets/icon/icon-256.png
[ "$os" = windows ] && icon=assets/icon/secpillar.ico
jpackage --type app-image @packaging/common.args --icon "$icon" \
  --input target/jpackage/input --runtime-image target/jpackage/runtime --dest target/jpackage/dist
echo "App image: target/jpackage/dist"
if [ "${1:-}" = "--deb" ]; then
  # the installer options (menu entry, shortcut) live in linux.args
  jpackage --type deb --name secpillar-workbench --app-version 0.1.0 @packaging/linux.args \
    --app-image "target/jpackage/dist/SecPillar Workbench" --dest target/jpackage
  ls -la target/jpackage/*.deb
fi
