-- Two things for the member list API (issue 20).
--
-- 1. The member policy's region rule, evaluated once per statement instead of once per row. V13's form
--    (current_setting('app.region_scope', true) = '*' or position(...) > 0) calls current_setting and compares for
--    every row the statement reads: the count of the member list (every active member of a province) paid for it on
--    each of them, 1.66 × the time without row-level security. Here the "whole tenant" test is a scalar subquery,
--    which PostgreSQL runs once as an InitPlan; each row then only reads its boolean result, and the OR stops there.
--    The rule is exactly V13's: the subquery returns the same value the expression had (null when the scope is unset,
--    so no row passes), and the position() arm is unchanged for an ambassador's '|'-joined regions.
alter policy member_organisation_tenant on member_organisation
    using (tenant_id = current_setting('app.tenant_id', true)
           and ((select current_setting('app.region_scope', true) = '*')
                or position('|' || region || '|' in '|' || current_setting('app.region_scope', true) || '|') > 0))
    with check (tenant_id = current_setting('app.tenant_id', true)
           and ((select current_setting('app.region_scope', true) = '*')
                or position('|' || region || '|' in '|' || current_setting('app.region_scope', true) || '|') > 0));

-- 2. Every instance now keeps each caller's account, grants, ambassador regions, platform administration and second
--    factor in memory (security/control/RememberedAccounts) instead of reading them on every request. V22 announces the
--    credentials and the grants; these triggers announce the rest of what decides access, with V22's texts
--    ('account:<id>', 'grant:<account id>', the bare kind for "all"), so other instances forget their copy at once.
--    The display name (only a greeting; nothing in the product changes it) is not announced: the copy is re-read
--    after a few seconds anyway.

-- An ambassador's regions (appointed, withdrawn, or gone with their region): part of the caller's grants.
create function ambassador_region_changed() returns trigger
    language plpgsql set search_path = public as $$
begin
    if tg_op = 'INSERT' then
        perform notify_changed_accounts('grant', array(select distinct account_id from added));
    else
        perform notify_changed_accounts('grant', array(select distinct account_id from removed));
    end if;
    return null;
end;
$$;

create trigger ambassador_region_insert after insert on ambassador_region referencing new table as added
    for each statement execute function ambassador_region_changed();
create trigger ambassador_region_delete after delete on ambassador_region referencing old table as removed
    for each statement execute function ambassador_region_changed();

-- A region renamed: its ambassadors' scope is the list of their regions' names. Rare, so all grants are forgotten.
create function region_renamed() returns trigger
    language plpgsql set search_path = public as $$
begin
    if exists (select 1 from added a join removed r on r.tenant_id = a.tenant_id and r.id = a.id
               where a.name <> r.name) then
        perform pg_notify('dorpskracht_change', 'grant');
    end if;
    return null;
end;
$$;

create trigger region_rename after update on region referencing new table as added old table as removed
    for each statement execute function region_renamed();

-- A platform administrator named or no longer (the bootstrap command, another process).
create function platform_admin_changed() returns trigger
    language plpgsql set search_path = public as $$
begin
    if tg_op = 'INSERT' then
        perform notify_changed_accounts('account', array(select account_id from added));
    else
        perform notify_changed_accounts('account', array(select account_id from removed));
    end if;
    return null;
end;
$$;

create trigger platform_admin_insert after insert on platform_admin referencing new table as added
    for each statement execute function platform_admin_changed();
create trigger platform_admin_delete after delete on platform_admin referencing old table as removed
    for each statement execute function platform_admin_changed();

-- A second factor confirmed or removed: HTTP Basic is refused for an account that has one. Not the code's last use.
create function second_factor_changed() returns trigger
    language plpgsql set search_path = public as $$
begin
    if tg_op = 'INSERT' then
        perform notify_changed_accounts('account', array(select account_id from added));
    elsif tg_op = 'DELETE' then
        perform notify_changed_accounts('account', array(select account_id from removed));
    else
        perform notify_changed_accounts('account', array(
            select a.account_id from added a join removed r on r.account_id = a.account_id
             where a.confirmed_at is distinct from r.confirmed_at));
    end if;
    return null;
end;
$$;

create trigger second_factor_insert after insert on account_second_factor referencing new table as added
    for each statement execute function second_factor_changed();
create trigger second_factor_update after update on account_second_factor referencing new table as added
    old table as removed for each statement execute function second_factor_changed();
create trigger second_factor_delete after delete on account_second_factor referencing old table as removed
    for each statement execute function second_factor_changed();
