-- SEPA done right: the pain.008 version per creditor (its bank), the history of collections per mandate (FRST/RCUR and
-- amendments are read from it), and a mandate flagged by a returned direct debit.

-- Rabobank and BNG Bank list only pain.008.001.02; ABN AMRO takes both.
alter table sepa_creditor add column pain_version varchar(6) not null default '001.02'
    check (pain_version in ('001.02', '001.08'));

-- A mandate whose collection came back: the reason (ISO 20022 return code) and the day, until an admin edits or
-- confirms the mandate.
alter table sepa_mandate add column returned_reason varchar(4);
alter table sepa_mandate add column returned_on date;

-- Every collection put into a file, once per invoice (a re-download reuses it): what was sent under which mandate
-- values, so the next collection knows its sequence type (FRST/RCUR) and whether the mandate was amended since.
create table mandate_collection (
    tenant_id        varchar(32) not null,
    id               uuid        not null,
    member_id        uuid        not null,
    invoice_id       uuid        not null,
    end_to_end_id    varchar(35) not null,
    mandate_reference varchar(35) not null,
    iban             varchar(34) not null,
    bic              varchar(11),
    creditor_id      varchar(35) not null,
    sequence_type    varchar(4)  not null check (sequence_type in ('FRST', 'RCUR')),
    original_mandate_reference varchar(35),
    original_iban    varchar(34),
    original_creditor_id varchar(35),
    other_bank       boolean     not null default false,
    collection_date  date        not null,
    created_at       timestamptz not null default now(),
    returned_at      date,
    return_reason    varchar(4),
    primary key (tenant_id, id),
    foreign key (tenant_id, member_id) references member_organisation (tenant_id, id) deferrable initially deferred,
    foreign key (tenant_id, invoice_id) references invoice (tenant_id, id) deferrable initially deferred
);
create index mandate_collection_member on mandate_collection (tenant_id, member_id, created_at);
create index mandate_collection_invoice on mandate_collection (tenant_id, invoice_id);
create index mandate_collection_end_to_end on mandate_collection (tenant_id, end_to_end_id);
alter table mandate_collection enable row level security;
alter table mandate_collection force row level security;
create policy mandate_collection_tenant on mandate_collection
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- History: never deleted; a return is recorded on the row.
grant select, insert, update on mandate_collection to ${app_role};
