-- The Projectenbank (issue 18): initiatives of member organisations - what a village did, how, what it cost, what it
-- learned - so that what works in one village is found in every other.
--
-- Who reads an initiative is its visibility: OWN (the association's admins and members only), ALL (every association's
-- people too) or PUBLIC (anyone, also on the association's public pages). Other associations read only PUBLISHED rows
-- with visibility ALL or PUBLIC, through the views shared_initiative(_link, _file, _file_content), held by the tables'
-- own policies (the shared_event pattern of V6).
--
-- What another province may read is copied onto the initiative at write time, because the rows it comes from are not
-- theirs to read: the organisation's name and type (member_organisation is tenant-owned), and the contact person's
-- name and e-mail - only while the person consents to be shown (a check holds it: no consent, no copy). Withdrawing
-- consent or erasing the person clears the copy in the same transaction.
--
-- Themes are a national list, the same for every association: a platform table without tenant_id (like municipality),
-- read by every tenant and changed only by a migration; an initiative names its themes by code in a text[] (the
-- service checks each code against the active list).

create table initiative_theme (
    code     varchar(40)  primary key check (code ~ '^[a-z][a-z0-9-]{1,39}$'),
    label_nl varchar(80)  not null,
    label_en varchar(80)  not null,
    position integer      not null default 0,
    active   boolean      not null default true
);
insert into initiative_theme (code, label_nl, label_en, position) values
    ('ontmoeting',           'Ontmoeting',           'Meeting and community', 1),
    ('mobiliteit',           'Mobiliteit',           'Mobility',              2),
    ('jongerenparticipatie', 'Jongerenparticipatie', 'Youth participation',   3),
    ('energie',              'Energie',              'Energy',                4),
    ('wonen',                'Wonen',                'Housing',               5),
    ('zorg',                 'Zorg en welzijn',      'Care and wellbeing',    6),
    ('duurzaamheid',         'Duurzaamheid',         'Sustainability',        7),
    ('cultuur',              'Cultuur en erfgoed',   'Culture and heritage',  8),
    ('sport',                'Sport en bewegen',     'Sport and exercise',    9),
    ('voorzieningen',        'Voorzieningen',        'Local services',       10),
    ('veiligheid',           'Veiligheid',           'Safety',               11),
    ('economie',             'Economie en werk',     'Economy and work',     12);
grant select on initiative_theme to ${app_role};

create table initiative (
    tenant_id          varchar(32)   not null references tenant (code),
    id                 uuid          not null,
    member_id          uuid,
    organisation_name  varchar(200),
    member_type        varchar(20)   check (member_type in ('DORPSRAAD', 'DORPSHUIS', 'ZORGCOLLECTIEF',
                                                            'WIJKPLATFORM', 'OTHER')),
    place              varchar(100),
    municipality_code  varchar(6)    references municipality (cbs_code),
    title              varchar(200)  not null check (length(btrim(title)) > 0),
    summary            varchar(1000),
    goal               varchar(4000),
    approach           varchar(4000),
    result             varchar(4000),
    costs              numeric(12, 2) check (costs >= 0),
    funding            varchar(1000),
    subsidised         boolean       not null default false,
    lessons_learned    varchar(4000),
    themes             text[]        not null default '{}' check (cardinality(themes) <= 6),
    year               integer       check (year between 1950 and 2100),
    visibility         varchar(8)    not null default 'OWN' check (visibility in ('OWN', 'ALL', 'PUBLIC')),
    status             varchar(10)   not null default 'DRAFT'
                                     check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED')),
    rejection_reason   varchar(1000),
    contact_person_id  uuid,
    contact_consent    boolean       not null default false,
    contact_consent_at timestamptz,
    contact_name       varchar(200),
    contact_email      varchar(254),
    submitted_by       uuid          references account (id),
    version            bigint        not null default 1,
    created_at         timestamptz   not null default now(),
    updated_at         timestamptz   not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, member_id) references member_organisation (tenant_id, id) on delete set null (member_id),
    foreign key (tenant_id, contact_person_id) references contact_person (tenant_id, id)
        on delete set null (contact_person_id),
    check (contact_consent = (contact_consent_at is not null)),
    -- what another province may read of a person is there only with that person's consent
    check (contact_consent or (contact_name is null and contact_email is null)),
    check (contact_person_id is not null or not contact_consent)
);
create index initiative_by_status on initiative (tenant_id, status, updated_at);
create index initiative_by_member on initiative (tenant_id, member_id);
create index initiative_by_contact on initiative (tenant_id, contact_person_id) where contact_person_id is not null;
create index initiative_shared on initiative (tenant_id, updated_at)
    where status = 'PUBLISHED' and visibility in ('ALL', 'PUBLIC');

-- At most ten links per initiative: the position is the bound.
create table initiative_link (
    tenant_id     varchar(32)  not null,
    initiative_id uuid         not null,
    position      integer      not null check (position between 0 and 9),
    url           varchar(500) not null check (url ~ '^https?://[^\s]+$'),
    label         varchar(120) not null check (length(btrim(label)) > 0),
    primary key (tenant_id, initiative_id, position),
    foreign key (tenant_id, initiative_id) references initiative (tenant_id, id) on delete cascade
);

-- Documents of an initiative (a plan, a budget, a photo report); the bytes apart, as in the documents library (V24).
create table initiative_file (
    tenant_id     varchar(32)  not null,
    id            uuid         not null,
    initiative_id uuid         not null,
    file_name     varchar(200) not null check (length(btrim(file_name)) > 0),
    content_type  varchar(100) not null,
    size          bigint       not null check (size > 0),
    sha256        char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    added_by      varchar(254) not null,
    added_at      timestamptz  not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, initiative_id) references initiative (tenant_id, id) on delete cascade
);
create index initiative_file_by_initiative on initiative_file (tenant_id, initiative_id, added_at);

create table initiative_file_content (
    tenant_id varchar(32) not null,
    file_id   uuid        not null,
    bytes     bytea       not null,
    primary key (tenant_id, file_id),
    foreign key (tenant_id, file_id) references initiative_file (tenant_id, id) on delete cascade
);
alter table initiative_file_content alter column bytes set storage external;

alter table initiative enable row level security;
alter table initiative force row level security;
create policy initiative_tenant on initiative
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- Another association reads (never writes) a published initiative shared with all associations or the public.
-- Written as two equalities, not "in (...)": PostgreSQL prints an IN list on varchar in a form that reads back as a
-- different expression, so a dump restored would carry a policy that differs in the catalog (BackupRestoreIT).
create policy initiative_shared_reader on initiative for select
    using (status = 'PUBLISHED' and (visibility = 'ALL' or visibility = 'PUBLIC')
           and coalesce(current_setting('app.tenant_id', true), '') <> ''
           and tenant_id <> current_setting('app.tenant_id', true));

-- Links, files and bytes are read by whoever may read their initiative (the subqueries are held by its policies).
alter table initiative_link enable row level security;
alter table initiative_link force row level security;
create policy initiative_link_tenant on initiative_link
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy initiative_link_reader on initiative_link for select
    using (exists (select 1 from initiative i where i.tenant_id = initiative_link.tenant_id
                                                and i.id = initiative_link.initiative_id));

alter table initiative_file enable row level security;
alter table initiative_file force row level security;
create policy initiative_file_tenant on initiative_file
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy initiative_file_reader on initiative_file for select
    using (exists (select 1 from initiative i where i.tenant_id = initiative_file.tenant_id
                                                and i.id = initiative_file.initiative_id));

alter table initiative_file_content enable row level security;
alter table initiative_file_content force row level security;
create policy initiative_file_content_tenant on initiative_file_content
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy initiative_file_content_reader on initiative_file_content for select
    using (exists (select 1 from initiative_file f where f.tenant_id = initiative_file_content.tenant_id
                                                     and f.id = initiative_file_content.file_id));

-- The deliberate path across associations: published, shared initiatives of other tenants, with the host's province
-- (for facets) and the contact person only as consented; never the member or contact ids, the submitter, or drafts.
create view shared_initiative with (security_invoker = true) as
select i.tenant_id as host_tenant, t.name as host_name, t.province_code, p.name as province_name, i.id,
       i.organisation_name, i.member_type, i.place, i.municipality_code, m.name as municipality_name, i.title,
       i.summary, i.goal, i.approach, i.result, i.costs, i.funding, i.subsidised, i.lessons_learned, i.themes, i.year,
       i.visibility,
       case when i.contact_consent then i.contact_name end as contact_name,
       case when i.contact_consent then i.contact_email end as contact_email,
       i.updated_at
from initiative i
join tenant t on t.code = i.tenant_id
left join province p on p.code = t.province_code
left join municipality m on m.cbs_code = i.municipality_code
where i.status = 'PUBLISHED' and i.visibility in ('ALL', 'PUBLIC')
  and i.tenant_id <> current_setting('app.tenant_id', true);

create view shared_initiative_link with (security_invoker = true) as
select l.tenant_id as host_tenant, l.initiative_id, l.position, l.url, l.label
from initiative_link l
join shared_initiative s on s.host_tenant = l.tenant_id and s.id = l.initiative_id;

create view shared_initiative_file with (security_invoker = true) as
select f.tenant_id as host_tenant, f.id, f.initiative_id, f.file_name, f.content_type, f.size, f.sha256, f.added_at
from initiative_file f
join shared_initiative s on s.host_tenant = f.tenant_id and s.id = f.initiative_id;

create view shared_initiative_file_content with (security_invoker = true) as
select c.tenant_id as host_tenant, c.file_id, c.bytes
from initiative_file_content c
join shared_initiative_file f on f.host_tenant = c.tenant_id and f.id = c.file_id;

grant select, insert, update, delete on initiative to ${app_role};
grant select, insert, delete on initiative_link to ${app_role};
grant select, insert, delete on initiative_file to ${app_role};
grant select, insert, delete on initiative_file_content to ${app_role};
grant select on shared_initiative to ${app_role};
grant select on shared_initiative_link to ${app_role};
grant select on shared_initiative_file to ${app_role};
grant select on shared_initiative_file_content to ${app_role};
