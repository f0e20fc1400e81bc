-- The same rule as V3's member policy, written so that PostgreSQL estimates it sensibly. V3 wrote the ambassador's
-- regions as `region = any (string_to_array(<setting>, '|'))`; OR-ed with `<setting> = '*'` the planner guessed that
-- 0.5 % of a tenant's organisations pass, so the member list (a page of 20 by name) read and sorted every active
-- member instead of walking the name index: 4.2 ms instead of 0.2 ms for 3,600 members, 10 ms against 1.7 ms without
-- row-level security in the 1 M contact persons benchmark. A position in the '|'-joined list is estimated at a third,
-- which lets the planner take the name index. Region names cannot contain '|' (RegionService refuses them).
alter policy member_organisation_tenant on member_organisation
    using (tenant_id = current_setting('app.tenant_id', true)
           and (current_setting('app.region_scope', true) = '*'
                or position('|' || region || '|' in '|' || current_setting('app.region_scope', true) || '|') > 0))
    with check (tenant_id = current_setting('app.tenant_id', true)
           and (current_setting('app.region_scope', true) = '*'
                or position('|' || region || '|' in '|' || current_setting('app.region_scope', true) || '|') > 0));
