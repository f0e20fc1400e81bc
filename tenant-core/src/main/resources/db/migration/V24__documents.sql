-- The documents library (issue 17): folders per association (ALV-stukken, toolkit, brochures, templates) with files
-- kept in PostgreSQL, so the backup holds them. A document is for the association's members or public; a national
-- tenant's document can be national, and then every province's members read it (the national campaign pattern of V10).
--
-- The bytes live apart from the metadata (document_content): a list never loads them, and the download reads them in
-- slices with substring(), which PostgreSQL answers from the TOAST chunks it needs when the column is stored
-- uncompressed (storage external) - memory stays flat however large the file.
--
-- A download is logged in the downloader's own tenant (document_download.tenant_id), with host_tenant + document_id
-- naming the document: who downloaded is personal data of the member's province and never leaves it, also when the
-- document is LVKK's. The host of a national document learns counts only, through document_download_counts().

create table document_folder (
    tenant_id   varchar(32)   not null references tenant (code),
    id          uuid          not null,
    name        varchar(120)  not null check (length(btrim(name)) > 0),
    description varchar(1000),
    position    integer       not null default 0 check (position between 0 and 10000),
    version     bigint        not null default 1,
    primary key (tenant_id, id)
);
create unique index document_folder_name on document_folder (tenant_id, lower(name));

create table document (
    tenant_id    varchar(32)   not null references tenant (code),
    id           uuid          not null,
    folder_id    uuid          not null,
    title        varchar(200)  not null check (length(btrim(title)) > 0),
    description  varchar(1000),
    file_name    varchar(200)  not null check (length(btrim(file_name)) > 0),
    content_type varchar(100)  not null,
    size         bigint        not null check (size > 0),
    sha256       char(64)      not null check (sha256 ~ '^[0-9a-f]{64}$'),
    visibility   varchar(8)    not null default 'MEMBERS' check (visibility in ('MEMBERS', 'PUBLIC')),
    national     boolean       not null default false,
    added_by     varchar(254)  not null,
    added_at     timestamptz   not null default now(),
    version      bigint        not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, folder_id) references document_folder (tenant_id, id)
);
create index document_by_folder on document (tenant_id, folder_id, added_at);
create index document_national on document (tenant_id, added_at) where national;

create table document_content (
    tenant_id   varchar(32) not null,
    document_id uuid        not null,
    bytes       bytea       not null,
    primary key (tenant_id, document_id),
    foreign key (tenant_id, document_id) references document (tenant_id, id) on delete cascade
);
alter table document_content alter column bytes set storage external;

create table document_download (
    tenant_id     varchar(32) not null references tenant (code),
    id            uuid        not null,
    host_tenant   varchar(32) not null,
    document_id   uuid        not null,
    account_id    uuid        not null references account (id),
    downloaded_at timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (host_tenant, document_id) references document (tenant_id, id) on delete cascade
);
create index document_download_by_document on document_download (tenant_id, host_tenant, document_id, downloaded_at);

alter table document_folder enable row level security;
alter table document_folder force row level security;
create policy document_folder_tenant on document_folder
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- A folder's name is read by every tenant once it holds a national document (the portal groups them by it).
create policy document_folder_national_reader on document_folder for select
    using (coalesce(current_setting('app.tenant_id', true), '') <> ''
           and exists (select 1 from document d where d.tenant_id = document_folder.tenant_id
                                                  and d.folder_id = document_folder.id and d.national));

alter table document enable row level security;
alter table document force row level security;
create policy document_tenant on document
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- Every tenant reads (never writes) a national document.
create policy document_national_reader on document for select
    using (national and coalesce(current_setting('app.tenant_id', true), '') <> '');
-- Only a national tenant's document can be national.
create policy document_national_only_nationally on document as restrictive for all
    using (true)
    with check (not national or exists (select 1 from tenant t where t.code = tenant_id and t.kind = 'NATIONAL'));

alter table document_content enable row level security;
alter table document_content force row level security;
create policy document_content_tenant on document_content
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- The bytes are read by whoever may read the document (the subquery is held by its policies).
create policy document_content_reader on document_content for select
    using (exists (select 1 from document d where d.tenant_id = document_content.tenant_id
                                               and d.id = document_content.document_id));

alter table document_download enable row level security;
alter table document_download force row level security;
create policy document_download_own on document_download for select
    using (tenant_id = current_setting('app.tenant_id', true));
-- A download is logged only for a document the downloading tenant may read (its own or a national one).
create policy document_download_log on document_download for insert
    with check (tenant_id = current_setting('app.tenant_id', true)
                and exists (select 1 from document d where d.tenant_id = host_tenant and d.id = document_id));

-- How the host of documents counts their downloads in every tenant: counts per document, never who. Only the calling
-- tenant's own documents; nothing without a tenant.
create function document_download_counts(p_documents uuid[]) returns table (document_id uuid, downloads bigint)
    language sql stable security definer set search_path = public as $$
    select dl.document_id, count(*)
      from document_download dl
     where coalesce(current_setting('app.tenant_id', true), '') <> ''
       and dl.host_tenant = current_setting('app.tenant_id', true)
       and dl.document_id = any(p_documents)
     group by dl.document_id;
$$;
revoke all on function document_download_counts(uuid[]) from public;
grant execute on function document_download_counts(uuid[]) to ${app_role};
-- The schema owner runs document_download_counts across tenants; the application role gets nothing from this policy.
create policy document_download_counter on document_download for select to current_user using (true);

-- How other tenants read a national document: no uploader, held by the policies above.
create view national_document with (security_invoker = true) as
select d.tenant_id as host_tenant, d.id, d.folder_id, f.name as folder_name, f.position as folder_position, d.title,
       d.description, d.file_name, d.content_type, d.size, d.sha256, d.visibility, d.added_at
from document d
join document_folder f on f.tenant_id = d.tenant_id and f.id = d.folder_id
where d.national and d.tenant_id <> current_setting('app.tenant_id', true);

create view national_document_content with (security_invoker = true) as
select c.tenant_id as host_tenant, c.document_id, c.bytes
from document_content c
join document d on d.tenant_id = c.tenant_id and d.id = c.document_id
where d.national and c.tenant_id <> current_setting('app.tenant_id', true);

grant select, insert, update, delete on document_folder to ${app_role};
grant select, insert, update, delete on document to ${app_role};
grant select, insert, delete on document_content to ${app_role};
grant select, insert on document_download to ${app_role};
grant select on national_document to ${app_role};
grant select on national_document_content to ${app_role};
