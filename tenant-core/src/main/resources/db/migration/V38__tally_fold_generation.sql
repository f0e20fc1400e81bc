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
