#!/usr/bin/env bash
# Sourced by the CI scripts: JAVA is a java binary of version 21 or newer (Payara Micro 7 needs it), found where the
# build's toolchains plugin looks (JAVA_HOME, /usr/lib/jvm, SDKMAN, ~/.jdks); one line and exit 1 when there is none.
jdk_major() { # $1 = a JDK home; prints its feature version
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}
find_jdk21() {
  local home best="" best_major=0 major
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -n "$home" ] && [ -x "$home/bin/java" ] || continue
    major=$(jdk_major "$home")
    [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ] && { best="$home"; best_major=$major; }
  done
  [ -n "$best" ] || { echo "Partnership Steward needs a JDK 21 or newer and found none (JAVA_HOME, /usr/lib/jvm, ~/.sdkman, ~/.jdks): install one, e.g. Temurin 25 from https://adoptium.net" >&2; return 1; }
  echo "$best/bin/java"
}
JAVA="$(find_jdk21)" || exit 1
export JAVA
