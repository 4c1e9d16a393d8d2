#!/usr/bin/env bash
# Installs, from Debian's packages, what akb's tests need beyond Node: Java 17 and Maven for the
# embedded Neo4j, xmllint (libxml2-utils) to validate ArchiMate exports against the XSDs.
# Idempotent: does nothing when they are there. Needs root (or sudo) only when something is missing.
set -euo pipefail

need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
if [ "${AKB_BROWSER_TESTS:-1}" != "0" ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
fi

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
echo "akb: installing from Debian's packages: ${need[*]}"
SUDO=""
[ "$(id -u)" = "0" ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
