#!/usr/bin/env bash
# Makes the filesystem the image adds to an empty base (scratch): a Java runtime cut by jlink from the build's own JDK,
# the shared libraries that runtime loads (copied from this machine, so no host library is needed at run time), a
# non-root user, /tmp and the CA certificates. Called by the build (deploy/pom.xml) as: runtime.sh JDK_HOME FOLDER.
# The folder is made again only when this script or the JDK changed: jlink costs ~12 s, a normal build nothing.
set -euo pipefail
jdk="${1:?the JDK to cut the runtime from}"
root="${2:?the folder to write the image filesystem into}"
stamp="$root.stamp"
wanted="$(cat "$0" "$jdk/release" | sha256sum | cut -d' ' -f1)"
if [ -d "$root" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
    echo "Image runtime up to date: $root"
    exit 0
fi
if [ ! -d "$jdk/jmods" ]; then
    echo "No $jdk/jmods: build with a full JDK 17 (Debian's openjdk-17-jdk has them), or give a base image with Java:" >&2
    echo "  mvn -B package -Ddorpskracht.image.base=eclipse-temurin:17-jre" >&2
    exit 1
fi
rm -rf "$root" "$stamp"
java_home="$root/opt/java/openjdk"

# Payara Micro needs most of Java SE and several jdk.* modules (JMX, naming, crypto, the compiler for JSP); left out are
# the development tools (jdk.jdeps, jdk.jshell, jdk.javadoc, debuggers) and the incubators.
"$jdk/bin/jlink" --module-path "$jdk/jmods" \
    --add-modules java.se,jdk.unsupported,jdk.naming.dns,jdk.naming.rmi,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.charsets,\
jdk.localedata,jdk.management,jdk.management.agent,jdk.management.jfr,jdk.jfr,jdk.zipfs,jdk.httpserver,\
jdk.security.auth,jdk.security.jgss,jdk.xml.dom,jdk.net,jdk.attach,jdk.compiler,jdk.sctp,jdk.dynalink,jdk.random,\
jdk.nio.mapmode,jdk.jcmd \
    --strip-debug --no-man-pages --no-header-files --compress=2 --output "$java_home"
# A server has no display or sound: these would pull X11 and ALSA into the image. Headless AWT (PDFs, QR codes) stays.
rm -f "$java_home"/lib/{libawt_xawt,libjawt,libsplashscreen,libjsound}.so

# Every shared library the runtime's programs and libraries load (its own aside), and the dynamic loader, at the paths
# ldd resolved.
find "$java_home" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 | xargs -0 ldd 2>/dev/null \
    | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\/.*ld-linux/ {print $1}' | grep -v "^$root/" | sort -u \
    | while read -r library; do
        mkdir -p "$root$(dirname "$library")"
        cp -L "$library" "$root$library"
    done
missing="$(find "$java_home" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 | xargs -0 ldd 2>/dev/null \
    | grep 'not found' | grep -v 'libjvm.so' || true)"
if [ -n "$missing" ]; then
    echo "Libraries the runtime needs and this machine lacks:" >&2
    echo "$missing" >&2
    exit 1
fi

mkdir -p "$root/etc/ssl/certs" "$root/tmp" "$root/home/dorpskracht"
cat > "$root/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
dorpskracht:x:10001:10001:Dorpskracht:/home/dorpskracht:/sbin/nologin
PASSWD
cat > "$root/etc/group" <<'GROUP'
root:x:0:
dorpskracht:x:10001:
GROUP
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$root/etc/nsswitch.conf"
if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
    cp -L /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/"
fi
echo "$wanted" > "$stamp"
echo "Image runtime written: $root ($(du -sh "$root" | cut -f1))"
