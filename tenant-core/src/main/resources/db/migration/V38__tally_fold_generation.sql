-- The national statistics keep a finished report per federation and period (issue 20), and must know, on every request
-- and on every instance, whether the tallies it was summed from are still what they were. The tallies change in two
-- ways only: a writer's trigger APPENDS a change row (fresh), and fold_tallies() replaces the fresh rows of a key by one
-- folded row. So what a reader sees is named by (the generation of the last fold, the fresh rows since): within one
-- generation fresh rows are only ever added, and every fold that folds anything draws a new generation, in the same
-- transaction as the fold, so a snapshot sees the fold and its generation together or neither.
--
-- The generation is random, not a counter: a database restored from a backup, or a fold rolled back, never hands out a
-- generation an instance has already seen with other rows. It is the platform's (one row, no tenant, nothing about a
-- person or an association): the application role may read it, only fold_tallies() (as the schema owner) writes it.
-- A writer never touches this row, so writers still never wait for statistics (V12).

create table tally_fold (
    only_row   boolean     primary key default true check (only_row),
    generation uuid        not null,
    folded_at  timestamptz not null
);
insert into tally_fold (only_row, generation, folded_at) values (true, gen_random_uuid(), now());
grant select on tally_fold to ${app_role};

create or replace function fold_tallies() returns bigint
    language plpgsql security definer set search_path = public as $$
declare
    folded bigint;
begin
    -- the same lock V12's fold takes (taken again by it in this transaction: advisory locks nest)
    if not pg_try_advisory_xact_lock(hashtextextended('fold-tallies', 0)) then
        return 0;
    end if;
    folded := fold_v12_tallies()
        + fold_tally('initiative_tally', array['tenant_id', 'theme'], 'initiatives')
        + fold_tally('help_request_tally', array['tenant_id', 'quarter', 'status'], 'requests')
        + fold_tally('match_tally', array['tenant_id', 'quarter', 'outcome'], 'matches');
    if folded > 0 then
        update tally_fold set generation = gen_random_uuid(), folded_at = now();
    end if;
    return folded;
end;
$$;
revoke all on function fold_tallies() from public;
grant execute on function fold_tallies() to ${app_role};

-- The state a kept report is checked against, read by the caller under its own policies (security invoker: a national
-- tenant sees its federation's change rows, nothing else). Each tally's partial index on its change rows (V12, V30)
-- finds the few rows appended since the last fold, however many folded rows there are; the planner, whose statistics
-- may still remember a table full of change rows from before a fold, is told not to scan whole tables instead (nor to
-- start workers for a handful of index entries). PL/pgSQL keeps the plan per connection. Within one generation change rows are only added, so the count and a hash of them
-- name what was appended (the hash: a restored backup's rows that happen to be as many are still other rows).
create function tally_state() returns text
    language plpgsql stable set search_path = public set enable_seqscan = off set max_parallel_workers_per_gather = 0
    as $$
declare
    state text;
begin
    select (select generation::text from tally_fold) || '/' || count(*) || '/'
               || coalesce(sum(hashtextextended(change, 0)), 0)
      into state
      from (select 'member_tally ' || t::text as change from member_tally t where fresh
            union all select 'member_change_tally ' || t::text from member_change_tally t where fresh
            union all select 'invoice_tally ' || t::text from invoice_tally t where fresh
            union all select 'event_tally ' || t::text from event_tally t where fresh
            union all select 'registration_tally ' || t::text from registration_tally t where fresh
            union all select 'endorsement_tally ' || t::text from endorsement_tally t where fresh
            union all select 'initiative_tally ' || t::text from initiative_tally t where fresh
            union all select 'help_request_tally ' || t::text from help_request_tally t where fresh
            union all select 'match_tally ' || t::text from match_tally t where fresh) changes;
    return state;
end;
$$;
revoke all on function tally_state() from public;
grant execute on function tally_state() to ${app_role};
