-- The bookkeeping export: which ledger accounts (grootboekrekeningen) and day books (dagboeken) an association's
-- journal uses, set per association, and a revenue account per contribution plan where it differs from the default.
-- The journal itself is not stored: it is read from invoices, their lines and payments for the period asked.
-- Every table: tenant_id leads its keys, RLS enabled and forced.

create table ledger_accounts (
    tenant_id       varchar(32) not null references tenant (code),
    id              uuid        not null,
    debtors_account varchar(20) not null check (debtors_account ~ '^[0-9A-Za-z.\-]{1,20}$'),
    bank_account    varchar(20) not null check (bank_account ~ '^[0-9A-Za-z.\-]{1,20}$'),
    cash_account    varchar(20) not null check (cash_account ~ '^[0-9A-Za-z.\-]{1,20}$'),
    revenue_account varchar(20) not null check (revenue_account ~ '^[0-9A-Za-z.\-]{1,20}$'),
    sales_journal   varchar(10) not null check (sales_journal ~ '^[0-9A-Za-z.\-]{1,10}$'),
    bank_journal    varchar(10) not null check (bank_journal ~ '^[0-9A-Za-z.\-]{1,10}$'),
    version         bigint      not null default 1,
    updated_at      timestamptz not null default now(),
    primary key (tenant_id, id)
);
create unique index ledger_accounts_one_per_tenant on ledger_accounts (tenant_id);

create table ledger_plan_account (
    tenant_id       varchar(32) not null,
    plan_id         uuid        not null,
    revenue_account varchar(20) not null check (revenue_account ~ '^[0-9A-Za-z.\-]{1,20}$'),
    primary key (tenant_id, plan_id),
    -- A deleted plan takes its account along; its invoice lines keep their plan name and fall back to the default.
    foreign key (tenant_id, plan_id) references contribution_plan (tenant_id, id) on delete cascade
        deferrable initially deferred
);

alter table ledger_accounts enable row level security;
alter table ledger_accounts force row level security;
create policy ledger_accounts_tenant on ledger_accounts
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table ledger_plan_account enable row level security;
alter table ledger_plan_account force row level security;
create policy ledger_plan_account_tenant on ledger_plan_account
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update on ledger_accounts to ${app_role};
grant select, insert, update, delete on ledger_plan_account to ${app_role};
