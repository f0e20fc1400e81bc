-- Afdracht (remittance): the money a province passes on to its national association.
--
-- The national tenant keeps, per year, the rule (per active member organisation, a share of the contributions the
-- province received, or a fixed amount) and the invoices it issues to its provinces. A province reads its national
-- tenant's rule and the invoices addressed to it through two security_invoker views held by policies of their own (the
-- way shared_event works); it records that it paid in its own tenant (remittance_paid), which the national tenant may
-- read. A province's statement counts its own member organisations under its own row-level security; the national
-- tenant reaches those counts only through remittance_federation_statements(), an owner function that binds each
-- province in turn and hands back counts and sums, never a name or an id of an organisation.

create table remittance_rule (
    tenant_id          varchar(32)  not null references tenant (code),
    year               integer      not null check (year between 2000 and 2100),
    basis              varchar(12)  not null check (basis in ('PER_MEMBER', 'SHARE', 'FIXED')),
    -- PER_MEMBER: the amount per organisation (for a type without its own amount); FIXED: the amount per province
    amount_cents       bigint       not null default 0 check (amount_cents between 0 and 100000000),
    -- SHARE: hundredths of a percent of the contributions received (1250 = 12,5 %)
    share_basis_points integer      not null default 0 check (share_basis_points between 0 and 10000),
    -- PER_MEMBER: an amount per member type, {"DORPSRAAD": 2500, ...}; a type not named pays amount_cents
    type_amounts       jsonb        not null default '{}' check (jsonb_typeof(type_amounts) = 'object'),
    reference_date     date         not null,
    version            bigint       not null default 1,
    updated_by         varchar(254) not null,
    updated_at         timestamptz  not null default now(),
    primary key (tenant_id, year)
);

alter table remittance_rule enable row level security;
alter table remittance_rule force row level security;
create policy remittance_rule_tenant on remittance_rule
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- A province reads the rule of its own national tenant (through remittance_rule_of_national), nothing else of it.
create policy remittance_rule_province on remittance_rule for select
    using (tenant_id = (select t.parent_code from tenant t where t.code = current_setting('app.tenant_id', true)));

create view remittance_rule_of_national with (security_invoker = true) as
select r.tenant_id as national, r.year, r.basis, r.amount_cents, r.share_basis_points, r.type_amounts,
       r.reference_date, r.version
from remittance_rule r
where r.tenant_id <> current_setting('app.tenant_id', true);

create table remittance_invoice_counter (
    tenant_id   varchar(32) not null references tenant (code),
    year        integer     not null,
    last_number integer     not null default 0,
    primary key (tenant_id, year)
);

alter table remittance_invoice_counter enable row level security;
alter table remittance_invoice_counter force row level security;
create policy remittance_invoice_counter_tenant on remittance_invoice_counter
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

-- Issued by the national tenant (tenant_id) to a province; counts holds the organisations per type the amount was
-- computed from, the figures of the province's statement when the invoice was issued.
create table remittance_invoice (
    tenant_id      varchar(32)  not null references tenant (code),
    id             uuid         not null,
    year           integer      not null check (year between 2000 and 2100),
    number         varchar(20)  not null,
    province       varchar(32)  not null references tenant (code),
    basis          varchar(12)  not null check (basis in ('PER_MEMBER', 'SHARE', 'FIXED')),
    reference_date date         not null,
    counts         jsonb        not null default '{}' check (jsonb_typeof(counts) = 'object'),
    received_cents bigint       not null default 0 check (received_cents >= 0),
    amount_cents   bigint       not null check (amount_cents >= 0),
    issued_on      date         not null,
    due_on         date         not null,
    status         varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'PAID')),
    received_on    date,
    version        bigint       not null default 1,
    created_by     varchar(254) not null,
    created_at     timestamptz  not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, year, number),
    unique (tenant_id, province, year)
);

alter table remittance_invoice enable row level security;
alter table remittance_invoice force row level security;
create policy remittance_invoice_tenant on remittance_invoice
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- A province reads the invoices addressed to it (through remittance_invoice_to_province).
create policy remittance_invoice_province on remittance_invoice for select
    using (province = current_setting('app.tenant_id', true));

create view remittance_invoice_to_province with (security_invoker = true) as
select i.tenant_id as national, i.id, i.year, i.number, i.province, i.basis, i.reference_date, i.counts,
       i.received_cents, i.amount_cents, i.issued_on, i.due_on, i.status, i.received_on, i.version
from remittance_invoice i
where i.tenant_id <> current_setting('app.tenant_id', true);

-- The province's own record that it paid an invoice of its national tenant; the national tenant reads it.
create table remittance_paid (
    tenant_id    varchar(32)  not null references tenant (code),
    invoice_id   uuid         not null,
    national     varchar(32)  not null references tenant (code),
    paid_on      date         not null,
    amount_cents bigint       not null check (amount_cents > 0),
    reference    varchar(100),
    recorded_by  varchar(254) not null,
    recorded_at  timestamptz  not null default now(),
    primary key (tenant_id, invoice_id),
    foreign key (national, invoice_id) references remittance_invoice (tenant_id, id)
);
create index remittance_paid_by_national on remittance_paid (tenant_id, national);

alter table remittance_paid enable row level security;
alter table remittance_paid force row level security;
create policy remittance_paid_tenant on remittance_paid
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy remittance_paid_national on remittance_paid for select
    using (national = current_setting('app.tenant_id', true)
           and tenant_id in (select t.code from tenant t where t.parent_code = current_setting('app.tenant_id', true)));

grant select, insert, update on remittance_rule to ${app_role};
grant select on remittance_rule_of_national to ${app_role};
grant select, insert, update on remittance_invoice_counter to ${app_role};
grant select, insert, update on remittance_invoice to ${app_role};
grant select on remittance_invoice_to_province to ${app_role};
grant select, insert, update on remittance_paid to ${app_role};

-- The statement of the tenant bound to the transaction, under its own row-level security: its member organisations
-- active at the end of the reference day, per type ({"DORPSRAAD": 12, ...}), and the payments it received in the year.
-- An organisation's status on that day is the one of its last status change up to then; an organisation without one
-- then counts with its status now, if it had joined (or was recorded) by that day.
create function remittance_statement(p_reference date, p_year integer)
    returns table (counts jsonb, received_cents bigint)
    language sql stable security invoker set search_path = public as $$
    with active as (
        select m.type
          from member_organisation m
         where m.tenant_id = current_setting('app.tenant_id', true)
           and coalesce(m.joined_on, (m.created_at at time zone 'Europe/Amsterdam')::date) <= p_reference
           and coalesce((select s.status from member_status_change s
                          where s.tenant_id = m.tenant_id and s.member_id = m.id
                            and s.changed_at < ((p_reference + 1)::timestamp at time zone 'Europe/Amsterdam')
                          order by s.changed_at desc limit 1), m.status) = 'ACTIVE'),
    per_type as (select type, count(*) as n from active group by type)
    select coalesce((select jsonb_object_agg(type, n) from per_type), '{}'::jsonb),
           coalesce((select sum(p.amount_cents) from payment p
                      where p.tenant_id = current_setting('app.tenant_id', true)
                        and p.paid_on between make_date(p_year, 1, 1) and make_date(p_year, 12, 31)), 0)::bigint;
$$;
grant execute on function remittance_statement(date, integer) to ${app_role};

-- Every province's statement for the national tenant bound to the transaction: counts and sums per province, nothing
-- else. Each province is bound in turn (its own policies hold the owner, as they hold everyone), and the caller's
-- binding is restored before the function returns. Nothing for a caller that is not a national tenant or has no rule.
create function remittance_federation_statements(p_year integer)
    returns table (province varchar, counts jsonb, received_cents bigint)
    language plpgsql security definer set search_path = public as $$
declare
    caller    varchar := nullif(current_setting('app.tenant_id', true), '');
    scope     text := current_setting('app.region_scope', true);
    reference date;
    t         record;
begin
    if caller is null or not exists (select 1 from tenant n where n.code = caller and n.kind = 'NATIONAL') then
        return;
    end if;
    select r.reference_date into reference from remittance_rule r where r.tenant_id = caller and r.year = p_year;
    if not found then
        return;
    end if;
    for t in select c.code from tenant c where c.parent_code = caller order by c.code loop
        perform set_config('app.tenant_id', t.code, true);
        perform set_config('app.region_scope', '*', true);
        return query select t.code, s.counts, s.received_cents from remittance_statement(reference, p_year) s;
    end loop;
    perform set_config('app.tenant_id', caller, true);
    perform set_config('app.region_scope', coalesce(scope, ''), true);
end;
$$;
revoke all on function remittance_federation_statements(integer) from public;
grant execute on function remittance_federation_statements(integer) to ${app_role};
