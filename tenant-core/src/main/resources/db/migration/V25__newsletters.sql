-- Newsletters of an association, sent through the outbox (V15) to its contact persons with newsletter consent, and
-- the unsubscribe link each mail carries. Every table is the association's own: tenant_id leads every key, RLS enabled
-- and forced. National items reach a newsletter as a snapshot taken when it is sent (newsletter_section), so the
-- archive never changes when the item does, and no policy of another tenant's news is needed to read the archive.

-- Bulk mail in the outbox: the headers a mail program needs to offer "unsubscribe" (RFC 2369, RFC 8058), and a
-- priority below that of mail a person waits for (a registration's confirmation, a password reset): a claim takes
-- priority 0 first, so a newsletter to ten thousand never holds one of those back for more than a batch.
alter table mail_outbox add column priority smallint not null default 0;
alter table mail_outbox add column list_unsubscribe varchar(1000);
alter table mail_outbox add column list_unsubscribe_post boolean not null default false;
create index mail_outbox_due_by_priority on mail_outbox (tenant_id, priority, next_attempt_at)
    where status in ('PENDING', 'SENDING');
-- The progress of one newsletter: its mails by status (about = the newsletter).
create index mail_outbox_newsletter on mail_outbox (tenant_id, about, status) where kind = 'NEWSLETTER';

create table newsletter (
    tenant_id     varchar(32)  not null references tenant (code),
    id            uuid         not null,
    title         varchar(200) not null,
    intro         text,
    status        varchar(10)  not null default 'DRAFT' check (status in ('DRAFT', 'SENDING', 'SENT')),
    public_issue  boolean      not null default false,  -- shown in the association's public archive once sent
    recipients    integer,                               -- fixed when sending starts
    html_body     text,                                  -- the archive copy, rendered once when sending starts
    text_body     text,
    created_by    varchar(254) not null,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    sending_at    timestamptz,
    sent_at       timestamptz,
    version       bigint       not null default 1,
    primary key (tenant_id, id),
    check (status = 'DRAFT' or (recipients is not null and html_body is not null and text_body is not null))
);
create index newsletter_listing on newsletter (tenant_id, created_at desc, id);

-- The chosen items in order. news_tenant/news_id name the item (own or national); the text columns are its snapshot,
-- written when sending starts and never again.
create table newsletter_section (
    tenant_id     varchar(32)  not null,
    newsletter_id uuid         not null,
    position      integer      not null,
    news_tenant   varchar(32)  not null,
    news_id       uuid         not null,
    title         varchar(300),
    summary       text,
    body_html     text,
    published_at  timestamptz,
    primary key (tenant_id, newsletter_id, position),
    unique (tenant_id, newsletter_id, news_id),
    foreign key (tenant_id, newsletter_id) references newsletter (tenant_id, id) on delete cascade
);

-- One row per address the newsletter goes to (the chosen contact person of that address). The token of its
-- unsubscribe link is kept as a SHA-256 hash only; the mail in the outbox holds the link until it is sent.
create table newsletter_recipient (
    tenant_id         varchar(32) not null,
    newsletter_id     uuid        not null,
    contact_person_id uuid        not null,
    token_hash        varchar(64),
    mail_id           uuid,
    queued_at         timestamptz,
    skipped           boolean     not null default false,  -- erased or consent withdrawn before its batch
    unsubscribed_at   timestamptz,
    primary key (tenant_id, newsletter_id, contact_person_id),
    foreign key (tenant_id, newsletter_id) references newsletter (tenant_id, id) on delete cascade,
    foreign key (tenant_id, contact_person_id) references contact_person (tenant_id, id)
);
create unique index newsletter_recipient_token on newsletter_recipient (tenant_id, token_hash);
create index newsletter_recipient_unqueued on newsletter_recipient (tenant_id, newsletter_id)
    where queued_at is null and not skipped;

-- The privacy history of consents: a withdrawal (today only the newsletter's, by its unsubscribe link) with its date.
create table consent_withdrawal (
    tenant_id         varchar(32) not null,
    id                uuid        not null,
    contact_person_id uuid        not null,
    consent           varchar(20) not null check (consent in ('NEWSLETTER')),
    consent_given_on  date,
    withdrawn_at      timestamptz not null default now(),
    source            varchar(30) not null,
    newsletter_id     uuid,
    primary key (tenant_id, id),
    foreign key (tenant_id, contact_person_id) references contact_person (tenant_id, id)
);
create index consent_withdrawal_by_person on consent_withdrawal (tenant_id, contact_person_id, withdrawn_at);

do $$
declare
    t text;
begin
    foreach t in array array['newsletter', 'newsletter_section', 'newsletter_recipient', 'consent_withdrawal'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (tenant_id = current_setting(''app.tenant_id'', true))'
                       || ' with check (tenant_id = current_setting(''app.tenant_id'', true))', t || '_tenant', t);
    end loop;
end;
$$;

grant select, insert, update, delete on newsletter to ${app_role};
grant select, insert, update, delete on newsletter_section to ${app_role};
grant select, insert, update on newsletter_recipient to ${app_role};
grant select, insert on consent_withdrawal to ${app_role};

-- The unsubscribe page (/afmelden/…) and the public API (/api/v1/public/…) are paths of their own: no tenant may be
-- called like them (as V14 for the other paths).
alter table tenant add constraint tenant_code_not_a_public_path check (code not in ('public', 'afmelden'));
