-- One truth across instances (issue 16): every instance keeps a few things in memory for speed (the credential state of
-- accounts, remembered HTTP Basic verifications, the tenant registry). When one instance changes them, the others must
-- forget their copy at once, not after a freshness of seconds or never. The database is the one place every instance
-- shares, with or without a data grid, so it says what changed: these triggers send a NOTIFY on the channel
-- dorpskracht_change, which PostgreSQL delivers to every listening session only when the transaction commits (and not at
-- all when it rolls back), and sends once per transaction for the same text.
--
-- The text carries ids and codes only, never an address or a name: 'account:<id>', 'grant:<account id>',
-- 'tenant:<code>'. A statement touching more than 100 accounts sends the bare kind ('account', 'grant') instead, which
-- means "all of them": an import must not flood the listeners, and forgetting everything costs one re-read each.
--
-- Statement-level triggers over the transition tables, like the tallies (V12): one trigger call per statement. Invoker
-- rights: pg_notify needs no privilege, and the functions read only the rows their own statement changed.

create function notify_changed_accounts(kind text, ids uuid[]) returns void
    language plpgsql set search_path = public as $$
begin
    if cardinality(ids) > 100 then
        perform pg_notify('dorpskracht_change', kind);
    elsif cardinality(ids) > 0 then
        perform pg_notify('dorpskracht_change', kind || ':' || id) from unnest(ids) as id;
    end if;
end;
$$;

-- Only what decides whether a login or a remembered verification still holds: the password, the credentials version
-- (a new password, a reset, "overal afmelden"), must_change_password and enabled. A new address is announced as 'account'
-- (all): the old address is what the other instances have their copies under, and the text may not name it.
create function account_credentials_changed() returns trigger
    language plpgsql set search_path = public as $$
begin
    if exists (select 1 from removed r join added a on a.id = r.id where lower(a.email) <> lower(r.email)) then
        perform pg_notify('dorpskracht_change', 'account');
        return null;
    end if;
    perform notify_changed_accounts('account', array(
        select a.id from added a join removed r on r.id = a.id
         where a.password_hash <> r.password_hash or a.credentials_version <> r.credentials_version
            or a.must_change_password <> r.must_change_password or a.enabled <> r.enabled));
    return null;
end;
$$;

create trigger account_credentials_update after update on account referencing new table as added old table as removed
    for each statement execute function account_credentials_changed();

create function account_grant_changed() returns trigger
    language plpgsql set search_path = public as $$
begin
    if tg_op = 'INSERT' then
        perform notify_changed_accounts('grant', array(select distinct account_id from added));
    elsif tg_op = 'DELETE' then
        perform notify_changed_accounts('grant', array(select distinct account_id from removed));
    else
        perform notify_changed_accounts('grant', array(
            select account_id from added union select account_id from removed));
    end if;
    return null;
end;
$$;

create trigger account_grant_insert after insert on account_grant referencing new table as added
    for each statement execute function account_grant_changed();
create trigger account_grant_update after update on account_grant referencing new table as added old table as removed
    for each statement execute function account_grant_changed();
create trigger account_grant_delete after delete on account_grant referencing old table as removed
    for each statement execute function account_grant_changed();

-- A tenant added, suspended or resumed. A handful of rows, ever: one notification per changed code.
create function tenant_changed() returns trigger
    language plpgsql set search_path = public as $$
begin
    if tg_op = 'DELETE' then
        perform pg_notify('dorpskracht_change', 'tenant:' || code) from removed;
    else
        perform pg_notify('dorpskracht_change', 'tenant:' || code) from added;
    end if;
    return null;
end;
$$;

create trigger tenant_insert after insert on tenant referencing new table as added
    for each statement execute function tenant_changed();
create trigger tenant_update after update on tenant referencing new table as added
    for each statement execute function tenant_changed();
create trigger tenant_delete after delete on tenant referencing old table as removed
    for each statement execute function tenant_changed();
