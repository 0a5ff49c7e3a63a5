#!/bin/sh
# Class-data sharing for the packaged workbench: runs its start-up once (headless, on a scratch data directory)
# and archives the classes it loaded, so later starts map them instead of loading and verifying them again.
#
#   cds-archive.sh base RUNTIME_HOME APP_DIR   JDK + JavaFX classes into the runtime's default archive
#                                              (found relative to the runtime: the app image may move)
#   cds-archive.sh app  RUNTIME_HOME APP_DIR   the application's own classes into APP_DIR/secpillar.jsa
#                                              (JDK 17 ties it to the jars' absolute paths: made where they lie,
#                                              by the packaging for the app image, by the .deb/.rpm at install)
# The launchers name APP_DIR/secpillar.jsa with -Xshare:auto: a missing or stale archive only costs speed.
set -eu
mode=$1
# absolute paths, as the launcher gives them (the archive records them); on Windows (Git Bash) in Windows form
absolute() { (cd "$1" && { pwd -W 2>/dev/null || pwd; }); }
runtime=$(absolute "$2") app=$(absolute "$3")

java="$runtime/bin/java"
[ -x "$java" ] || java="$runtime/bin/java.exe"
[ -x "$java" ] || { echo "cds-archive.sh: no java in $runtime" >&2; exit 2; }

# The class path exactly as the launcher builds it (its .cfg lists the jars; $APPDIR is the app folder), and the
# java options of the `secpillar` launcher (which let Monocle, the headless screen, reach the toolkit).
cfg="$app/secpillar.cfg"
sep=":"
case "$java" in *.exe) sep=";" ;; esac
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | tr -d '\r' | sed "s|\\\$APPDIR|$app|g" | paste -sd "$sep" -)
options=$(sed -n 's/^java-options=//p' "$cfg" | tr -d '\r' | grep -v -e '^-XX:SharedArchiveFile' -e '^-Xshare' -e '^-Xlog' | tr '\n' ' ')
training="io.secpillar.StartupTraining"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

case "$mode" in
  base)
    # shellcheck disable=SC2086
    "$java" -XX:DumpLoadedClassList="$scratch/classes.lst" $options -cp "$classpath" "$training"
    jvm_dir=$(dirname "$(find "$runtime" -name 'libjvm.so' -o -name 'libjvm.dylib' -o -name 'jvm.dll' | head -1)")
    # without the class path only the runtime's own (JDK and JavaFX module) classes go in: relocatable
    # shellcheck disable=SC2086
    "$java" -Xshare:dump -XX:SharedClassListFile="$scratch/classes.lst" -XX:SharedArchiveFile="$jvm_dir/classes.jsa" \
      -Xlog:cds=off -Xlog:cds+dynamic=off > "$scratch/dump.log" 2>&1 || { cat "$scratch/dump.log" >&2; exit 1; }
    ls -l "$jvm_dir/classes.jsa" | awk '{printf "base archive: %.1f MB\n", $5 / 1048576}'
    ;;
  app)
    rm -f "$app/secpillar.jsa"
    # shellcheck disable=SC2086
    "$java" -XX:ArchiveClassesAtExit="$app/secpillar.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off $options \
      -cp "$classpath" "$training"
    ls -l "$app/secpillar.jsa" | awk '{printf "application archive: %.1f MB\n", $5 / 1048576}'
    ;;
  *) echo "cds-archive.sh: mode is base or app" >&2; exit 2 ;;
esac
