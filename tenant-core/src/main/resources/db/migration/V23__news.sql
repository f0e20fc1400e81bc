-- News items (nieuws). A tenant's admin writes and publishes its own items; a member organisation's contact person may
-- submit one for that organisation, which the admin approves (published) or rejects with a reason the member reads. A
-- national tenant's item can be national: every province's members read it under "Landelijk", nobody else writes it.
--
-- body_html is stored already sanitised (an allow-list of tags); titles and file names are plain text, escaped on output.

create table news_item (
    tenant_id        varchar(32)   not null references tenant (code),
    id               uuid          not null,
    organisation_id  uuid,
    status           varchar(10)   not null default 'DRAFT'
                                   check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED')),
    title            varchar(200)  not null check (length(btrim(title)) > 0),
    summary          varchar(500),
    body_html        text          not null default '' check (octet_length(body_html) <= 102400),
    audience         varchar(8)    not null default 'MEMBERS' check (audience in ('MEMBERS', 'PUBLIC')),
    national         boolean       not null default false,
    submitted_by     uuid,
    approved_by      uuid,
    rejection_reason varchar(500),
    published_at     timestamptz,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    version          bigint        not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, organisation_id) references member_organisation (tenant_id, id),
    check (status <> 'PUBLISHED' or published_at is not null),
    check (status <> 'REJECTED' or rejection_reason is not null),
    -- An item a member organisation submitted is that organisation's, never the whole country's.
    check (not national or organisation_id is null)
);
create index news_item_by_status on news_item (tenant_id, status, created_at);
create index news_item_published on news_item (tenant_id, published_at desc) where status = 'PUBLISHED';
create index news_item_by_organisation on news_item (tenant_id, organisation_id, created_at);

-- An item's image (at most one) and attachments (at most five), bytes checked on their content before they get here.
create table news_file (
    tenant_id    varchar(32)   not null,
    news_id      uuid          not null,
    id           uuid          not null,
    kind         varchar(10)   not null check (kind in ('IMAGE', 'ATTACHMENT')),
    file_name    varchar(200)  not null check (length(btrim(file_name)) > 0),
    content_type varchar(100)  not null,
    size         integer       not null check (size > 0 and size <= 10485760),
    bytes        bytea         not null,
    created_at   timestamptz   not null default now(),
    primary key (tenant_id, news_id, id),
    foreign key (tenant_id, news_id) references news_item (tenant_id, id) on delete cascade,
    check (octet_length(bytes) = size),
    check (kind <> 'IMAGE' or size <= 2097152)
);
create unique index news_file_one_image on news_file (tenant_id, news_id) where kind = 'IMAGE';

alter table news_item enable row level security;
alter table news_item force row level security;
create policy news_item_tenant on news_item
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- Every tenant reads (never writes) a national item once it is published.
create policy news_item_national_reader on news_item for select
    using (national and status = 'PUBLISHED' and coalesce(current_setting('app.tenant_id', true), '') <> '');
-- Only a national tenant's item can be national.
create policy news_item_national_only_nationally on news_item as restrictive for all
    using (true)
    with check (not national or exists (select 1 from tenant t where t.code = tenant_id and t.kind = 'NATIONAL'));

alter table news_file enable row level security;
alter table news_file force row level security;
create policy news_file_tenant on news_file
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- The files of an item are read by whoever may read the item (the subquery is held by its policies).
create policy news_file_reader on news_file for select
    using (exists (select 1 from news_item n where n.tenant_id = news_file.tenant_id and n.id = news_file.news_id));

-- How other tenants read a published national item: the item's text, no authors, held by the policies above.
create view national_news with (security_invoker = true) as
select n.tenant_id as host_tenant, n.id, n.title, n.summary, n.body_html, n.audience, n.published_at,
       exists (select 1 from news_file f where f.tenant_id = n.tenant_id and f.news_id = n.id and f.kind = 'IMAGE')
           as has_image
from news_item n
where n.national and n.status = 'PUBLISHED' and n.tenant_id <> current_setting('app.tenant_id', true);

-- And the files of those items (image and attachments).
create view national_news_file with (security_invoker = true) as
select f.tenant_id as host_tenant, f.news_id, f.id, f.kind, f.file_name, f.content_type, f.size, f.bytes
from news_file f
where f.tenant_id <> current_setting('app.tenant_id', true);

grant select, insert, update, delete on news_item to ${app_role};
grant select, insert, update, delete on news_file to ${app_role};
grant select on national_news to ${app_role};
grant select on national_news_file to ${app_role};
