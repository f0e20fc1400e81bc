#!/usr/bin/env bash
# Prints the structure count the issue asks for, from the sources (imports), so it runs without a build:
# (a) back-arrows and cycles between the top-level packages of nl.dorpskracht, (b) the tenant entry points,
# (c) the ten largest classes. Usage: deploy/structure.sh [repository root]
set -euo pipefail
root="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
cd "$root"
mapfile -t sources < <(find tenant-core admin web -path '*/src/main/java/*' -name '*.java' | sort)

# "from to" per import line, top-level package = the segment after nl.dorpskracht (admin and web count as one each)
edges=$(for file in "${sources[@]}"; do
    from=$(sed -n 's/^package nl\.dorpskracht\.\([a-z]*\).*/\1/p' "$file" | head -1)
    grep -ho '^import \(static \)\?nl\.dorpskracht\.[a-z]*' "$file" | sed 's/.*nl\.dorpskracht\.//' |
        while read -r to; do [ "$to" != "$from" ] && echo "$from $to"; done
done | sort | uniq -c | awk '{print $2, $3, $1}')

echo "== (a) package dependencies between top-level packages of nl.dorpskracht"
echo "$edges" | awk '
    { count[$1" "$2] = $3; node[$1]; node[$2] }
    END {
        back = 0
        for (pair in count) {
            split(pair, p, " ")
            reverse = p[2]" "p[1]
            if ((reverse in count) && (count[pair] < count[reverse] || (count[pair] == count[reverse] && p[1] < p[2]))) {
                printf "  back-arrow %s -> %s (%d imports; %d the other way)\n", p[1], p[2], count[pair], count[reverse]
                back++
            }
        }
        # cycles: packages that reach each other (transitive closure, Warshall)
        for (a in node) for (b in node) reach[a" "b] = ((a" "b) in count)
        for (k in node) for (a in node) if (reach[a" "k]) for (b in node) if (reach[k" "b]) reach[a" "b] = 1
        cyclic = 0
        for (a in node) if (reach[a" "a]) { members = ""; for (b in node) if (reach[a" "b] && reach[b" "a]) members = members " " b
            if (!(members in seen)) { seen[members]; printf "  cycle among:%s\n", members; cyclic++ } }
        printf "  back-arrows (mutual pairs): %d; cycles (strongly connected groups): %d\n", back, cyclic
    }' | sort
ground=$(echo "$edges" | awk '$1 ~ /^(tenancy|platform|security)$/ && $2 ~ /^(tenancy|platform|security)$/ {printf "%s->%s(%s) ", $1, $2, $3}')
echo "  ground floor (tenancy, platform, security): ${ground:-none}"

count() { grep -rhE "$1" "${sources[@]}" | grep -cvE '^\s*(\*|//)' || true; }
echo "== (b) tenant entry points"
echo "  TenantAccess.enter( call sites outside tenancy: $(grep -lE '\bTenantAccess\b' "${sources[@]}" | grep -v '/tenancy/' |
    xargs -r grep -hE '\b(access|tenantAccess)\.enter\(' | grep -cvE '^\s*(\*|//)' || true)"
echo "  MemberTenant.enter( calls: $(count '\bmemberTenant\.enter\(')"
echo "  NationalOffice.enter( calls: $(count '\boffice\.enter\(')"
echo "  copied 'private void enter()' in pages: $(count 'private void enter\(\)')"
echo "  tenant bindings outside tenancy (bindWholeTenant, TenantBinding.bind, setProperty(TENANT_PROPERTY)): $(
    grep -hE 'bindWholeTenant|TenantBinding\.bind\(|setProperty\(TenantOwned\.TENANT_PROPERTY|set_config\(.app\.tenant_id' \
        $(printf '%s\n' "${sources[@]}" | grep -v '/tenancy/') | grep -cvE '^\s*(\*|//)' || true)"
echo "  JDBC tenant binds outside tenancy (RowSecurity.TENANT.bind, login and console paths): $(grep -hE 'RowSecurity\.TENANT\.bind' \
        $(printf '%s\n' "${sources[@]}" | grep -v '/tenancy/') | grep -cvE '^\s*(\*|//)' || true)"
echo "  other JDBC row-security settings outside tenancy (account, invitation, region): $(grep -hE 'RowSecurity\.(ACCOUNT|INVITATION|REGION_SCOPE)\.bind' \
        $(printf '%s\n' "${sources[@]}" | grep -v '/tenancy/') | grep -cvE '^\s*(\*|//)' || true)"
echo "  TenantWork.workIn( uses (off-request work): $(count '\btenantWork\.workIn\(')"
echo "  @TenantRoles (REST gate) uses: $(count '^\s*@TenantRoles\(')"
echo "  @TenantPage (page gate) uses on pages: $(grep -hE '^\s*@TenantPage\b' $(printf '%s\n' "${sources[@]}" | grep -v '/tenancy/') | wc -l)"
echo "  TenantGate.enter( direct calls (REST without a tenant path, a page's @PostConstruct): $(count '\bgate\.enter\(')"

echo "== (c) the ten largest classes (lines)"
wc -l "${sources[@]}" | grep -v ' total$' | sort -rn | head -10 | sed 's|src/main/java/nl/dorpskracht/||; s/^/  /'

echo "== (d) tests by kind (test methods / classes)"
tests_in() {
    local files=("$@")
    if ((${#files[@]} == 0)); then echo "0 / 0"; return; fi
    echo "$(cat "${files[@]}" | grep -cE '^\s*@(Test|ParameterizedTest|RepeatedTest)\b') / ${#files[@]}"
}
mapfile -t unit_tests < <(find "$root"/*/src/test/java -name '*Test.java' 2>/dev/null)
mapfile -t browser_tests < <(find "$root"/deploy/src/test/java -name '*BrowserIT.java' 2>/dev/null)
mapfile -t http_tests < <(find "$root"/deploy/src/test/java -name '*IT.java' ! -name '*BrowserIT.java' 2>/dev/null)
echo "  unit, no server (*Test): $(tests_in "${unit_tests[@]}")"
echo "  system over HTTP against the jar (*IT): $(tests_in "${http_tests[@]}")"
echo "  browser (*BrowserIT): $(tests_in "${browser_tests[@]}")"
