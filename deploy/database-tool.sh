# Sourced by backup.sh, restore.sh and platform-admin.sh: runs a command class (by default
# nl.dorpskracht.platform.backup.boundary.BackupCommand) with the libraries of the built jar (JDBC driver, Flyway, the
# embedded PostgreSQL), so a machine with only a JDK needs nothing else.
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="${DORPSKRACHT_JAR:-$root/deploy/target/dorpskracht.jar}"

database_tool() {
    if [ ! -f "$jar" ]; then
        echo "Refused: $jar is missing: build it first (mvn -B -q -DskipTests package, or deploy/run.sh)" >&2
        exit 2
    fi
    local java="java" jartool="jar"
    if [ -n "${JAVA_HOME:-}" ]; then
        java="$JAVA_HOME/bin/java"
        jartool="$JAVA_HOME/bin/jar"
    elif ! command -v jar > /dev/null; then
        jartool="$(dirname "$(readlink -f "$(command -v java)")")/jar"
    fi
    libraries="$(mktemp -d "${TMPDIR:-/tmp}/dorpskracht-backup.XXXXXX")"
    trap 'rm -rf "$libraries"' EXIT
    # The uber-jar holds the WAR, the WAR holds the libraries: two extractions of what the tool needs.
    (cd "$libraries" && "$jartool" xf "$jar" MICRO-INF/deploy/ROOT.war && mkdir war && cd war \
        && "$jartool" xf ../MICRO-INF/deploy/ROOT.war WEB-INF/lib)
    umask 077
    "$java" ${DORPSKRACHT_TOOL_JAVA_OPTS:-} -cp "$libraries/war/WEB-INF/lib/*" \
        "${DORPSKRACHT_TOOL_CLASS:-nl.dorpskracht.platform.backup.boundary.BackupCommand}" "$@"
}
