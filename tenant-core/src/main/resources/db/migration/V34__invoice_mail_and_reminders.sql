-- Invoices that reach people (issue 19, item 4): the invoice mail at the run, addresses of municipalities that pay for
-- their villages, and payment reminders on a schedule the association sets.
--
-- The mails themselves are rows of mail_outbox (V15), written by the application role in its own tenant (no keeper
-- function needed): kind INVOICE with about = the invoice, kind PAYMENT_REMINDER with about = the reminder below. Both
-- are recorded without text and composed (with the invoice PDF attached) by the sender before their first attempt, so a
-- run of thousands of invoices does not render thousands of PDFs inside its transactions. Their Message-IDs are fixed
-- by what they are about ('<invoice-<id>@dorpskracht>', '<reminder-<invoice>-<step>@dorpskracht>'), so the unique
-- (tenant_id, message_id) of V15 refuses a second one whatever retries happen.

-- The address of a municipality that pays for its villages (payer_key 'G:<municipality in lower case>').
create table municipality_payer (
    tenant_id    varchar(32)  not null references tenant (code),
    municipality varchar(100) not null,            -- in lower case, as in the payer key
    name         varchar(200) not null,            -- e.g. 'Gemeente Venlo, afdeling Subsidies'
    email        varchar(254),
    street       varchar(200),
    postal_code  varchar(7),
    place        varchar(100),
    version      bigint       not null default 1,
    updated_at   timestamptz  not null default now(),
    primary key (tenant_id, municipality),
    check (municipality = lower(municipality) and length(municipality) > 0)
);

-- When reminders go out: after how many days overdue (up to five, ascending, e.g. '14,30'), and in what tone.
create table payment_reminder_schedule (
    tenant_id  varchar(32) not null references tenant (code),
    days       varchar(40) not null default '' check (days ~ '^([0-9]{1,3}(,[0-9]{1,3}){0,4})?$'),
    tone       varchar(12) not null default 'VRIENDELIJK' check (tone in ('VRIENDELIJK', 'ZAKELIJK')),
    version    bigint      not null default 1,
    updated_at timestamptz not null default now(),
    primary key (tenant_id)
);

-- Each reminder of an invoice, once per step: the unique key is what makes two instances of the job send it once.
create table invoice_reminder (
    tenant_id  varchar(32) not null references tenant (code),
    id         uuid        not null,
    invoice_id uuid        not null,
    step       smallint    not null check (step between 1 and 5),
    days       smallint    not null check (days between 0 and 999),
    mail_id    uuid        not null,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, invoice_id) references invoice (tenant_id, id)
);
create unique index invoice_reminder_once on invoice_reminder (tenant_id, invoice_id, step);

alter table municipality_payer enable row level security;
alter table municipality_payer force row level security;
create policy municipality_payer_tenant on municipality_payer
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table payment_reminder_schedule enable row level security;
alter table payment_reminder_schedule force row level security;
create policy payment_reminder_schedule_tenant on payment_reminder_schedule
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table invoice_reminder enable row level security;
alter table invoice_reminder force row level security;
create policy invoice_reminder_tenant on invoice_reminder
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update, delete on municipality_payer to ${app_role};
grant select, insert, update on payment_reminder_schedule to ${app_role};
-- A reminder sent stays sent.
grant select, insert on invoice_reminder to ${app_role};
