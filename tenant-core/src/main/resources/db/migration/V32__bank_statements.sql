-- Bank statements (ISO 20022 CAMT.053, versions 001.02 and 001.08): one row per imported statement, one per transaction
-- detail it lists (the single collections inside a SEPA batch too), how each was matched to an invoice, and the
-- reversal of a payment that a returned or rejected direct debit takes back.

create table bank_statement (
    tenant_id        varchar(32)  not null references tenant (code),
    id               uuid         not null,
    message_id       varchar(35)  not null,
    statement_id     varchar(35)  not null,
    account_iban     varchar(34)  not null,
    -- ElctrncSeqNb when the bank sends one, otherwise 0
    sequence_number  numeric(18)  not null default 0,
    format           varchar(20)  not null check (format in ('camt.053.001.02', 'camt.053.001.08')),
    period_from      date,
    period_to        date,
    opening_cents    bigint,
    closing_cents    bigint,
    entry_count      integer      not null check (entry_count >= 0),
    matched_count    integer      not null check (matched_count >= 0),
    review_count     integer      not null check (review_count >= 0),
    returned_count   integer      not null check (returned_count >= 0),
    ignored_count    integer      not null check (ignored_count >= 0),
    imported_by      varchar(254) not null,
    imported_at      timestamptz  not null default now(),
    primary key (tenant_id, id)
);
-- Idempotency lives here: the same statement of the same account is imported once.
create unique index bank_statement_once on bank_statement (tenant_id, account_iban, message_id, statement_id,
    sequence_number);
create index bank_statement_by_date on bank_statement (tenant_id, imported_at desc);

create table bank_statement_entry (
    tenant_id          varchar(32)  not null,
    id                 uuid         not null,
    statement_id       uuid         not null,
    position           integer      not null check (position > 0),
    entry_reference    varchar(35),
    amount_cents       bigint       not null check (amount_cents >= 0),
    credit             boolean      not null,
    booking_date       date,
    end_to_end_id      varchar(35),
    remittance         varchar(1000),
    creditor_reference varchar(35),
    -- personal data as the bank sent it: read by TENANT_ADMIN and TREASURER only, never logged
    counterparty_name  varchar(140),
    counterparty_iban  varchar(34),
    return_reason      varchar(4),
    bank_transaction_code varchar(40),
    match_status       varchar(8)   not null check (match_status in ('MATCHED', 'REVIEW', 'IGNORED', 'RETURNED')),
    matched_invoice_id uuid,
    matched_by         varchar(14)  check (matched_by in ('END_TO_END', 'INVOICE_NUMBER', 'AMOUNT_IBAN', 'MANUAL')),
    -- why an entry waits for review (a key of the page texts, no personal data)
    review_reason      varchar(40),
    payment_id         uuid,
    resolved_by        varchar(254),
    resolved_at        timestamptz,
    version            bigint       not null default 1,
    primary key (tenant_id, id),
    check ((match_status = 'MATCHED') = (matched_by is not null)),
    check (match_status <> 'MATCHED' or matched_invoice_id is not null),
    foreign key (tenant_id, statement_id) references bank_statement (tenant_id, id) deferrable initially deferred,
    foreign key (tenant_id, matched_invoice_id) references invoice (tenant_id, id) deferrable initially deferred,
    foreign key (tenant_id, payment_id) references payment (tenant_id, id) deferrable initially deferred
);
create unique index bank_statement_entry_position on bank_statement_entry (tenant_id, statement_id, position);
create index bank_statement_entry_review on bank_statement_entry (tenant_id, match_status, booking_date);
create index bank_statement_entry_by_invoice on bank_statement_entry (tenant_id, matched_invoice_id);
create index bank_statement_entry_by_iban on bank_statement_entry (tenant_id, counterparty_iban);

-- The payment table is insert-only with amounts above zero. A returned direct debit takes a payment back with a row
-- here; an invoice's paid_cents is the sum of its payments minus the sum of its reversals.
create table payment_reversal (
    tenant_id    varchar(32)  not null,
    id           uuid         not null,
    payment_id   uuid         not null,
    invoice_id   uuid         not null,
    amount_cents bigint       not null check (amount_cents > 0),
    reason_code  varchar(4),
    reversed_on  date         not null,
    entry_id     uuid,
    recorded_by  varchar(254) not null,
    recorded_at  timestamptz  not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, payment_id) references payment (tenant_id, id) deferrable initially deferred,
    foreign key (tenant_id, invoice_id) references invoice (tenant_id, id) deferrable initially deferred,
    foreign key (tenant_id, entry_id) references bank_statement_entry (tenant_id, id) deferrable initially deferred
);
-- A payment is taken back once at most.
create unique index payment_reversal_once on payment_reversal (tenant_id, payment_id);
create index payment_reversal_by_invoice on payment_reversal (tenant_id, invoice_id);

-- Matching by amount looks for open invoices with exactly that amount outstanding.
create index invoice_open_by_outstanding on invoice (tenant_id, (amount_cents - paid_cents)) where status = 'OPEN';

alter table bank_statement enable row level security;
alter table bank_statement force row level security;
create policy bank_statement_tenant on bank_statement
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table bank_statement_entry enable row level security;
alter table bank_statement_entry force row level security;
create policy bank_statement_entry_tenant on bank_statement_entry
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table payment_reversal enable row level security;
alter table payment_reversal force row level security;
create policy payment_reversal_tenant on payment_reversal
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

-- Statements and reversals are never deleted; an entry changes only by its review.
grant select, insert on bank_statement to ${app_role};
grant select, insert, update on bank_statement_entry to ${app_role};
grant select, insert on payment_reversal to ${app_role};
