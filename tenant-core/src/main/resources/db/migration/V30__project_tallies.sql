-- National figures of the Projectenbank (V27) and of vraag & aanbod (V29): totals only, kept the way V12 keeps the
-- others. A trigger per statement APPENDS change rows (+n / -n per key) and never updates a shared counter, so no writer
-- waits for statistics; fold_tallies() compacts them. Each tally holds counts per tenant (the province) and nothing that
-- names or points at a person or an organisation.
--
-- Where V12 wrote each rule out per table, here each rule is stated once:
--  * which rows count, and under which key, in one *_tally_keys function per source (used by its trigger and the
--    backfill);
--  * the readers' policy, in one loop over the three tallies;
--  * the fold, in fold_tally(), which fold_tallies() calls for each.

-- Published initiatives per theme (an initiative without a theme counts under '').
create table initiative_tally (
    tenant_id   varchar(32)  not null references tenant (code),
    id          bigint       generated always as identity,
    theme       varchar(100) not null,
    initiatives bigint       not null,
    fresh       boolean      not null default true,
    primary key (tenant_id, id)
);

-- Help requests per quarter they were posted and status they have.
create table help_request_tally (
    tenant_id varchar(32) not null references tenant (code),
    id        bigint      generated always as identity,
    quarter   date        not null,
    status    varchar(10) not null,
    requests  bigint      not null,
    fresh     boolean     not null default true,
    primary key (tenant_id, id)
);

-- Matches proposed (by the quarter proposed) and accepted (by the quarter the volunteer answered yes).
create table match_tally (
    tenant_id varchar(32) not null references tenant (code),
    id        bigint      generated always as identity,
    quarter   date        not null,
    outcome   varchar(10) not null,  -- PROPOSED | ACCEPTED
    matches   bigint      not null,
    fresh     boolean     not null default true,
    primary key (tenant_id, id)
);

create index initiative_tally_key on initiative_tally (tenant_id, theme);
create index initiative_tally_fresh on initiative_tally (tenant_id, theme) where fresh;
create index help_request_tally_key on help_request_tally (tenant_id, quarter, status);
create index help_request_tally_fresh on help_request_tally (tenant_id, quarter, status) where fresh;
create index match_tally_key on match_tally (tenant_id, quarter, outcome);
create index match_tally_fresh on match_tally (tenant_id, quarter, outcome) where fresh;

-- Read by the own tenant or the national tenant of its federation (as V12); written only by the schema owner.
do $$
declare
    tally text;
begin
    foreach tally in array array['initiative_tally', 'help_request_tally', 'match_tally'] loop
        execute format('alter table %I enable row level security', tally);
        execute format('alter table %I force row level security', tally);
        execute format($p$create policy %I on %I for select
            using (tenant_id = current_setting('app.tenant_id', true)
                   or tenant_id in (select t.code from tenant t join tenant n on n.code = t.parent_code
                                     where n.code = current_setting('app.tenant_id', true) and n.kind = 'NATIONAL'))$p$,
            tally || '_reader', tally);
        execute format('create policy %I on %I to current_user using (true) with check (true)', tally || '_keeper',
            tally);
    end loop;
end $$;
grant select on initiative_tally, help_request_tally, match_tally to ${app_role};

-- The rules: a row of the source → the keys it counts under (none when it does not count).

create function initiative_tally_keys(p_status text, p_themes text[]) returns table (theme text)
    language sql immutable parallel safe as $$
    select t from unnest(case when p_status = 'PUBLISHED' then coalesce(nullif(p_themes, '{}'), array['']) end) t;
$$;

create function help_request_tally_keys(p_status text, p_created timestamptz) returns table (quarter date, status text)
    language sql immutable parallel safe as $$
    select tally_quarter(p_created), p_status;
$$;

create function match_tally_keys(p_status text, p_proposed timestamptz, p_answered timestamptz)
    returns table (quarter date, outcome text)
    language sql immutable parallel safe as $$
    select tally_quarter(p_proposed), 'PROPOSED'
    union all
    select tally_quarter(coalesce(p_answered, p_proposed)), 'ACCEPTED' where p_status = 'ACCEPTED';
$$;

-- Triggers: one per statement over the transition tables; an update appends only the keys whose count changed.

create function initiative_tally_changed() returns trigger
    language plpgsql security definer set search_path = public as $$
begin
    if tg_op = 'INSERT' then
        insert into initiative_tally (tenant_id, theme, initiatives)
        select a.tenant_id, k.theme, count(*) from added a cross join initiative_tally_keys(a.status, a.themes) k
         group by a.tenant_id, k.theme;
    elsif tg_op = 'DELETE' then
        insert into initiative_tally (tenant_id, theme, initiatives)
        select r.tenant_id, k.theme, -count(*) from removed r cross join initiative_tally_keys(r.status, r.themes) k
         group by r.tenant_id, k.theme;
    else
        insert into initiative_tally (tenant_id, theme, initiatives)
        select tenant_id, theme, sum(n)
          from (select a.tenant_id, k.theme, 1 as n from added a cross join initiative_tally_keys(a.status, a.themes) k
                union all
                select r.tenant_id, k.theme, -1 from removed r cross join initiative_tally_keys(r.status, r.themes) k) c
         group by tenant_id, theme
        having sum(n) <> 0;
    end if;
    return null;
end;
$$;
create trigger initiative_tally_insert after insert on initiative referencing new table as added
    for each statement execute function initiative_tally_changed();
create trigger initiative_tally_update after update on initiative referencing old table as removed new table as added
    for each statement execute function initiative_tally_changed();
create trigger initiative_tally_delete after delete on initiative referencing old table as removed
    for each statement execute function initiative_tally_changed();

create function help_request_tally_changed() returns trigger
    language plpgsql security definer set search_path = public as $$
begin
    if tg_op = 'INSERT' then
        insert into help_request_tally (tenant_id, quarter, status, requests)
        select a.tenant_id, k.quarter, k.status, count(*)
          from added a cross join help_request_tally_keys(a.status, a.created_at) k
         group by a.tenant_id, k.quarter, k.status;
    elsif tg_op = 'DELETE' then
        insert into help_request_tally (tenant_id, quarter, status, requests)
        select r.tenant_id, k.quarter, k.status, -count(*)
          from removed r cross join help_request_tally_keys(r.status, r.created_at) k
         group by r.tenant_id, k.quarter, k.status;
    else
        insert into help_request_tally (tenant_id, quarter, status, requests)
        select tenant_id, quarter, status, sum(n)
          from (select a.tenant_id, k.quarter, k.status, 1 as n
                  from added a cross join help_request_tally_keys(a.status, a.created_at) k
                union all
                select r.tenant_id, k.quarter, k.status, -1
                  from removed r cross join help_request_tally_keys(r.status, r.created_at) k) c
         group by tenant_id, quarter, status
        having sum(n) <> 0;
    end if;
    return null;
end;
$$;
create trigger help_request_tally_insert after insert on help_request referencing new table as added
    for each statement execute function help_request_tally_changed();
create trigger help_request_tally_update after update on help_request
    referencing old table as removed new table as added
    for each statement execute function help_request_tally_changed();
create trigger help_request_tally_delete after delete on help_request referencing old table as removed
    for each statement execute function help_request_tally_changed();

create function match_tally_changed() returns trigger
    language plpgsql security definer set search_path = public as $$
begin
    if tg_op = 'INSERT' then
        insert into match_tally (tenant_id, quarter, outcome, matches)
        select a.tenant_id, k.quarter, k.outcome, count(*)
          from added a cross join match_tally_keys(a.status, a.proposed_at, a.answered_at) k
         group by a.tenant_id, k.quarter, k.outcome;
    elsif tg_op = 'DELETE' then
        insert into match_tally (tenant_id, quarter, outcome, matches)
        select r.tenant_id, k.quarter, k.outcome, -count(*)
          from removed r cross join match_tally_keys(r.status, r.proposed_at, r.answered_at) k
         group by r.tenant_id, k.quarter, k.outcome;
    else
        insert into match_tally (tenant_id, quarter, outcome, matches)
        select tenant_id, quarter, outcome, sum(n)
          from (select a.tenant_id, k.quarter, k.outcome, 1 as n
                  from added a cross join match_tally_keys(a.status, a.proposed_at, a.answered_at) k
                union all
                select r.tenant_id, k.quarter, k.outcome, -1
                  from removed r cross join match_tally_keys(r.status, r.proposed_at, r.answered_at) k) c
         group by tenant_id, quarter, outcome
        having sum(n) <> 0;
    end if;
    return null;
end;
$$;
create trigger match_tally_insert after insert on volunteer_match referencing new table as added
    for each statement execute function match_tally_changed();
create trigger match_tally_update after update on volunteer_match referencing old table as removed new table as added
    for each statement execute function match_tally_changed();
create trigger match_tally_delete after delete on volunteer_match referencing old table as removed
    for each statement execute function match_tally_changed();

-- The fold, stated once: compacts the change rows of every key of one tally that changed since the last fold into one
-- row (none when they cancel out); returns how many change rows it took. Only the schema owner calls it.
create function fold_tally(p_tally regclass, p_keys text[], p_measure text) returns bigint
    language plpgsql security definer set search_path = public as $$
declare
    keys   text := (select string_agg(quote_ident(k), ', ') from unnest(p_keys) k);
    of_t   text := (select string_agg('t.' || quote_ident(k), ', ') from unnest(p_keys) k);
    of_c   text := (select string_agg('c.' || quote_ident(k), ', ') from unnest(p_keys) k);
    folded bigint;
begin
    execute format($f$
        with changed as (select distinct %1$s from %2$s where fresh),
             taken as (delete from %2$s t using changed c where (%3$s) = (%4$s) returning t.*),
             kept as (insert into %2$s (%1$s, %5$I, fresh)
                      select %1$s, sum(%5$I), false from taken group by %1$s having sum(%5$I) <> 0)
        select count(*) from taken$f$, keys, p_tally, of_t, of_c, p_measure)
        into folded;
    return folded;
end;
$$;
revoke all on function fold_tally(regclass, text[], text) from public;

-- fold_tallies() (V12) folds V12's tallies; it keeps doing that under another name, and fold_tallies() now folds all.
alter function fold_tallies() rename to fold_v12_tallies;
revoke all on function fold_v12_tallies() from public;
revoke all on function fold_v12_tallies() from ${app_role};

create function fold_tallies() returns bigint
    language plpgsql security definer set search_path = public as $$
begin
    -- the same lock V12's fold takes (taken again by it in this transaction: advisory locks nest)
    if not pg_try_advisory_xact_lock(hashtextextended('fold-tallies', 0)) then
        return 0;
    end if;
    return fold_v12_tallies()
        + fold_tally('initiative_tally', array['tenant_id', 'theme'], 'initiatives')
        + fold_tally('help_request_tally', array['tenant_id', 'quarter', 'status'], 'requests')
        + fold_tally('match_tally', array['tenant_id', 'quarter', 'outcome'], 'matches');
end;
$$;
revoke all on function fold_tallies() from public;
grant execute on function fold_tallies() to ${app_role};

-- What is there already, tenant by tenant through the tables' own policies (forced RLS holds the owner too).
do $$
declare
    t record;
begin
    for t in select code from tenant loop
        perform set_config('app.tenant_id', t.code, true);
        perform set_config('app.region_scope', '*', true);
        insert into initiative_tally (tenant_id, theme, initiatives, fresh)
        select i.tenant_id, k.theme, count(*), false
          from initiative i cross join initiative_tally_keys(i.status, i.themes) k
         where i.tenant_id = t.code
         group by i.tenant_id, k.theme;
        insert into help_request_tally (tenant_id, quarter, status, requests, fresh)
        select r.tenant_id, k.quarter, k.status, count(*), false
          from help_request r cross join help_request_tally_keys(r.status, r.created_at) k
         where r.tenant_id = t.code
         group by r.tenant_id, k.quarter, k.status;
        insert into match_tally (tenant_id, quarter, outcome, matches, fresh)
        select m.tenant_id, k.quarter, k.outcome, count(*), false
          from volunteer_match m cross join match_tally_keys(m.status, m.proposed_at, m.answered_at) k
         where m.tenant_id = t.code
         group by m.tenant_id, k.quarter, k.outcome;
    end loop;
    perform set_config('app.tenant_id', '', true);
    perform set_config('app.region_scope', '', true);
end $$;
