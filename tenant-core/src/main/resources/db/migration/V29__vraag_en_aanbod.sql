-- Vraag & aanbod (issue 18): volunteers offer skills, member organisations ask for help, and a proposal links the two
-- only when the volunteer says yes (double opt-in).
--
-- Where the data lives:
-- - skill: the national list of skills, reference data like the CBS register (V19): a platform table without tenant_id,
--   the same for every association, read by the application role and written only by migrations (the list is managed
--   nationally: adding a skill is a migration, so every association and every stored bit below mean the same thing).
-- - volunteer: the offer, owned by the volunteer's province (tenant_id leads every key). No name or address is in it;
--   those are in volunteer_contact, which only the volunteer's own province reads (and an ambassador never does).
-- - help_request: the question of a member organisation, owned by its province.
-- - volunteer_match: a proposal of one volunteer for one request, owned by the request's province; the province of the
--   volunteer reads (never writes) the proposals about its own volunteers.
--
-- The one deliberate path across provinces is a handful of functions of the owner that check the caller themselves and
-- return pseudonyms, skills, regions and decisions only (as V7 and V15): volunteer_suggestions ranks candidates (of other
-- provinces only those who consented to be found nationally), volunteer_proposable decides a proposal,
-- record_volunteer_match_mail files the mail to the volunteer in the volunteer's province, addressed to the address
-- stored there (never one the caller names), and accepted_volunteer_contact hands the requesting province the
-- volunteer's name, e-mail and phone for an ACCEPTED proposal only.

create table skill (
    code     varchar(40)  primary key check (code ~ '^[a-z][a-z-]{1,39}$'),
    bit      smallint     not null unique check (bit between 0 and 62),
    label_nl varchar(100) not null,
    label_en varchar(100) not null,
    position smallint     not null
);
insert into skill (code, bit, label_nl, label_en, position) values
    ('juridisch', 0, 'Juridisch advies', 'Legal advice', 1),
    ('communicatie', 1, 'Communicatie en pr', 'Communication and PR', 2),
    ('projectmanagement', 2, 'Projectmanagement', 'Project management', 3),
    ('financien', 3, 'Financiën en boekhouding', 'Finance and bookkeeping', 4),
    ('subsidies', 4, 'Subsidies aanvragen', 'Grant applications', 5),
    ('fondsenwerving', 5, 'Fondsenwerving', 'Fundraising', 6),
    ('ict', 6, 'ICT en websites', 'IT and websites', 7),
    ('techniek', 7, 'Techniek en klussen', 'Technical work and repairs', 8),
    ('zorg', 8, 'Zorg en welzijn', 'Care and welfare', 9),
    ('vervoer', 9, 'Vervoer', 'Transport', 10),
    ('bestuur', 10, 'Bestuurswerk', 'Board work', 11),
    ('evenementen', 11, 'Evenementen organiseren', 'Organising events', 12),
    ('fotografie-video', 12, 'Fotografie en video', 'Photography and video', 13),
    ('onderwijs', 13, 'Onderwijs en training', 'Teaching and training', 14);
grant select on skill to ${app_role};

-- The skills of a row as bits of skill.bit: ranking by overlap is then a bit count on two integers, which needs no
-- array operator (&& and <@ are not LEAKPROOF, so under row-level security PostgreSQL may not use them in an index
-- scan, and the intersection of two arrays per row costs far more than an AND). The trigger refuses an unknown code:
-- the array's foreign key.
create function skill_mask_of_skills() returns trigger language plpgsql as $$
declare
    known integer;
    mask  bigint;
begin
    select count(*), coalesce(sum(1::bigint << s.bit), 0) into known, mask
      from skill s where s.code = any (new.skills);
    if known <> (select count(distinct c) from unnest(new.skills) c) then
        raise exception 'unknown skill in %', new.skills using errcode = 'foreign_key_violation';
    end if;
    new.skill_mask := mask;
    return new;
end;
$$;

create table volunteer (
    tenant_id           varchar(32)   not null references tenant (code),
    id                  uuid          not null,
    contact_id          uuid,          -- a contact person of a member offering help; null: registered by the province
    pseudonym           varchar(40)   not null,
    skills              varchar(40)[] not null check (cardinality(skills) between 1 and 20),
    skill_mask          bigint        not null default 0,
    about               varchar(1000),
    region              varchar(100),
    municipality        varchar(100),
    place               varchar(100),
    availability        varchar(300),
    limits              varchar(300),
    consent_on          date          not null,  -- the person agreed to be registered as a volunteer
    findable_nationally boolean       not null default false,
    active              boolean       not null default true,
    registered_by       varchar(254)  not null,
    version             bigint        not null default 1,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, contact_id) references contact_person (tenant_id, id) on delete cascade
);
create unique index volunteer_pseudonym on volunteer (tenant_id, pseudonym);
create unique index volunteer_of_contact on volunteer (tenant_id, contact_id) where contact_id is not null;
create index volunteer_listing on volunteer (tenant_id, active, region, created_at desc);
create trigger volunteer_skill_mask before insert or update of skills on volunteer
    for each row execute function skill_mask_of_skills();

-- Name, e-mail and phone: read by the volunteer's own province, tenant-wide callers only (no ambassador), and across
-- provinces only through accepted_volunteer_contact.
create table volunteer_contact (
    tenant_id    varchar(32)  not null,
    volunteer_id uuid         not null,
    name         varchar(200) not null,
    email        varchar(254) not null,
    phone        varchar(20),
    primary key (tenant_id, volunteer_id),
    foreign key (tenant_id, volunteer_id) references volunteer (tenant_id, id) on delete cascade
);

create table help_request (
    tenant_id    varchar(32)   not null references tenant (code),
    id           uuid          not null,
    member_id    uuid          not null,
    organisation_name varchar(200) not null,  -- as it was when asked: what the volunteer is told
    contact_id   uuid,          -- who asked, and who hears of an accepted proposal; null when an admin posted it
    title        varchar(200)  not null check (length(btrim(title)) > 0),
    description  varchar(4000),
    skills       varchar(40)[] not null check (cardinality(skills) between 1 and 20),
    skill_mask   bigint        not null default 0,
    region       varchar(100),
    municipality varchar(100),
    place        varchar(100),
    period_from  date,
    period_to    date,
    status       varchar(8)    not null default 'OPEN' check (status in ('OPEN', 'MATCHED', 'CLOSED')),
    created_by   varchar(254)  not null,
    version      bigint        not null default 1,
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, member_id) references member_organisation (tenant_id, id),
    foreign key (tenant_id, contact_id) references contact_person (tenant_id, id) on delete set null (contact_id),
    check (period_to is null or period_from is null or period_to >= period_from)
);
create index help_request_listing on help_request (tenant_id, status, created_at desc);
create index help_request_by_member on help_request (tenant_id, member_id, created_at desc);
create trigger help_request_skill_mask before insert or update of skills on help_request
    for each row execute function skill_mask_of_skills();

create table volunteer_match (
    tenant_id        varchar(32)  not null references tenant (code),  -- the request's province
    id               uuid         not null,
    request_id       uuid         not null,
    volunteer_tenant varchar(32)  not null references tenant (code),
    volunteer_id     uuid         not null,
    volunteer_pseudonym varchar(40) not null,  -- as volunteer_proposable gave it
    status           varchar(8)   not null default 'PROPOSED'
        check (status in ('PROPOSED', 'ACCEPTED', 'DECLINED', 'EXPIRED')),
    proposed_by      varchar(254) not null,
    proposed_role    varchar(32)  not null check (proposed_role in ('TENANT_ADMIN', 'REGIONAL_AMBASSADOR')),
    token_hash       varchar(64)  not null check (token_hash ~ '^[0-9a-f]{64}$'),
    expires_at       timestamptz  not null,
    proposed_at      timestamptz  not null default now(),
    answered_at      timestamptz,
    contacts_sent_at timestamptz,  -- when both sides were mailed each other's details, after an acceptance
    version          bigint       not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, request_id) references help_request (tenant_id, id) on delete cascade
);
create unique index volunteer_match_token on volunteer_match (tenant_id, token_hash);
create unique index volunteer_match_once on volunteer_match (tenant_id, request_id, volunteer_tenant, volunteer_id)
    where status in ('PROPOSED', 'ACCEPTED');
create index volunteer_match_by_request on volunteer_match (tenant_id, request_id, proposed_at desc);
create index volunteer_match_by_volunteer on volunteer_match (tenant_id, volunteer_tenant, volunteer_id);

do $$
declare
    t text;
begin
    foreach t in array array['volunteer', 'volunteer_contact', 'help_request', 'volunteer_match'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
    end loop;
end;
$$;
-- An ambassador works in their regions only, as with members (V3, in V13's form).
create policy volunteer_tenant on volunteer
    using (tenant_id = current_setting('app.tenant_id', true)
           and (current_setting('app.region_scope', true) = '*'
                or position('|' || region || '|' in '|' || current_setting('app.region_scope', true) || '|') > 0))
    with check (tenant_id = current_setting('app.tenant_id', true)
           and (current_setting('app.region_scope', true) = '*'
                or position('|' || region || '|' in '|' || current_setting('app.region_scope', true) || '|') > 0));
create policy help_request_tenant on help_request
    using (tenant_id = current_setting('app.tenant_id', true)
           and (current_setting('app.region_scope', true) = '*'
                or position('|' || region || '|' in '|' || current_setting('app.region_scope', true) || '|') > 0))
    with check (tenant_id = current_setting('app.tenant_id', true)
           and (current_setting('app.region_scope', true) = '*'
                or position('|' || region || '|' in '|' || current_setting('app.region_scope', true) || '|') > 0));
create policy volunteer_contact_tenant on volunteer_contact
    using (tenant_id = current_setting('app.tenant_id', true) and current_setting('app.region_scope', true) = '*')
    with check (tenant_id = current_setting('app.tenant_id', true) and current_setting('app.region_scope', true) = '*');
-- The asking province reads its proposals and files new ones, always as PROPOSED; it never changes one (no UPDATE
-- grant): only the volunteer's answer, through the functions below, does, so no province can accept for a volunteer.
create policy volunteer_match_tenant on volunteer_match for select
    using (tenant_id = current_setting('app.tenant_id', true));
create policy volunteer_match_proposal on volunteer_match for insert
    with check (tenant_id = current_setting('app.tenant_id', true) and status = 'PROPOSED' and answered_at is null);
-- After an acceptance the asking province marks that it sent both mails (contacts_sent_at is its only UPDATE grant).
create policy volunteer_match_exchange on volunteer_match for update
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- The volunteer's province reads the proposals about its volunteers (which request, which status), never writes them.
create policy volunteer_match_volunteer_side on volunteer_match for select
    using (volunteer_tenant = current_setting('app.tenant_id', true));
-- The owner runs the functions below, which read across provinces and check the caller themselves. The application
-- role is not the owner and gets nothing from these policies.
create policy volunteer_matchmaker on volunteer for select to current_user using (true);
create policy volunteer_contact_matchmaker on volunteer_contact for select to current_user using (true);
create policy volunteer_match_matchmaker on volunteer_match for select to current_user using (true);
create policy help_request_matchmaker on help_request for select to current_user using (true);

-- The proposal mails join the mails the owner files in another province (V15), in the form PostgreSQL prints back.
drop policy mail_outbox_keeper_writer on mail_outbox;
create policy mail_outbox_keeper_writer on mail_outbox for insert to current_user
    with check ((kind)::text = any (array['PROMOTION'::text, 'EVENT_CANCELLED'::text, 'MATCH_PROPOSAL'::text,
                                          'MATCH_ACCEPTED'::text]));

-- Candidates for one of the caller's open requests, best first: most skills in common, then nearest (3 the request's
-- region, 2 the same province, 1 another province, whose volunteers only with their consent), then newest. Pseudonyms,
-- skills and places only; volunteers already proposed (and not declined) are left out. At most 50.
create function volunteer_suggestions(p_request uuid, p_limit integer)
    returns table (volunteer_tenant varchar, volunteer_id uuid, pseudonym varchar, skills varchar[], region varchar,
                   municipality varchar, province varchar, overlap integer, nearness integer)
    language plpgsql stable security definer set search_path = public as $$
declare
    caller varchar := nullif(current_setting('app.tenant_id', true), '');
    scope  varchar := current_setting('app.region_scope', true);
    wanted bigint;
    near   varchar;
begin
    select r.skill_mask, r.region into wanted, near
      from help_request r
     where r.tenant_id = caller and r.id = p_request and r.status = 'OPEN'
       and (scope = '*' or position('|' || r.region || '|' in '|' || scope || '|') > 0);
    if not found then
        return;
    end if;
    return query
    select v.tenant_id::varchar, v.id, v.pseudonym, v.skills::varchar[], v.region, v.municipality,
           coalesce(p.name, t.name)::varchar,
           bit_count((v.skill_mask & wanted)::bit(64))::integer as overlap,
           case when v.tenant_id = caller and v.region = near then 3 when v.tenant_id = caller then 2 else 1 end
      from volunteer v
      join tenant t on t.code = v.tenant_id
      left join province p on p.code = t.province_code
     where v.active and v.skill_mask & wanted <> 0
       and (v.tenant_id = caller or v.findable_nationally)
       and not exists (select 1 from volunteer_match m
                        where m.tenant_id = caller and m.request_id = p_request and m.volunteer_tenant = v.tenant_id
                          and m.volunteer_id = v.id and m.status in ('PROPOSED', 'ACCEPTED'))
     order by 8 desc, 9 desc, v.created_at desc, v.id
     limit least(greatest(coalesce(p_limit, 10), 1), 50);
end;
$$;

-- Whether the caller may propose this volunteer (active, and of its own province or consenting to be found
-- nationally): the volunteer's pseudonym, or null.
create function volunteer_proposable(p_volunteer_tenant varchar, p_volunteer uuid) returns varchar
    language sql stable security definer set search_path = public as $$
    select v.pseudonym from volunteer v
     where v.tenant_id = p_volunteer_tenant and v.id = p_volunteer and v.active
       and nullif(current_setting('app.tenant_id', true), '') is not null
       and (v.tenant_id = current_setting('app.tenant_id', true) or v.findable_nationally);
$$;

-- Files a mail about one of the caller's proposals to its volunteer, in the volunteer's province and to the address
-- stored there: MATCH_PROPOSAL while the proposal waits for an answer, MATCH_ACCEPTED once it is accepted. Null when the
-- proposal is not the caller's, not in that state, or the volunteer is gone.
create function record_volunteer_match_mail(p_match uuid, p_kind varchar, p_label varchar, p_language varchar,
        p_subject varchar, p_html text, p_text text)
    returns uuid
    language plpgsql security definer set search_path = public as $$
declare
    caller    varchar := nullif(current_setting('app.tenant_id', true), '');
    home      varchar;
    recipient varchar;
    mail      uuid := gen_random_uuid();
begin
    select m.volunteer_tenant, c.email into home, recipient
      from volunteer_match m
      join volunteer v on v.tenant_id = m.volunteer_tenant and v.id = m.volunteer_id
      join volunteer_contact c on c.tenant_id = v.tenant_id and c.volunteer_id = v.id
     where m.tenant_id = caller and m.id = p_match
       and ((p_kind = 'MATCH_PROPOSAL' and m.status = 'PROPOSED' and v.active)
            or (p_kind = 'MATCH_ACCEPTED' and m.status = 'ACCEPTED'));
    if recipient is null then
        return null;
    end if;
    insert into mail_outbox (tenant_id, id, kind, label, recipient, language, subject, html_body, text_body, message_id)
    values (home, mail, p_kind, p_label, recipient, p_language, p_subject, p_html, p_text,
            '<' || mail || '@dorpskracht>');
    return mail;
end;
$$;

-- The volunteer's name, e-mail and phone for the province that asked, once the volunteer accepted; nothing otherwise.
create function accepted_volunteer_contact(p_match uuid)
    returns table (name varchar, email varchar, phone varchar)
    language sql stable security definer set search_path = public as $$
    select c.name, c.email, c.phone
      from volunteer_match m
      join volunteer_contact c on c.tenant_id = m.volunteer_tenant and c.volunteer_id = m.volunteer_id
     where m.tenant_id = nullif(current_setting('app.tenant_id', true), '') and m.id = p_match
       and m.status = 'ACCEPTED';
$$;

-- What the volunteer's province may show its volunteer about a proposal (the request, the association that asks):
-- only for a proposal about one of its own volunteers.
create function volunteer_match_request(p_request_tenant varchar, p_match uuid)
    returns table (title varchar, description varchar, place varchar, municipality varchar, period_from date,
                   period_to date, organisation varchar, association varchar, status varchar, volunteer_id uuid)
    language sql stable security definer set search_path = public as $$
    select r.title, r.description, r.place, r.municipality, r.period_from, r.period_to, r.organisation_name, t.name,
           m.status, m.volunteer_id
      from volunteer_match m
      join help_request r on r.tenant_id = m.tenant_id and r.id = m.request_id
      join tenant t on t.code = m.tenant_id
     where m.tenant_id = p_request_tenant and m.id = p_match
       and m.volunteer_tenant = nullif(current_setting('app.tenant_id', true), '');
$$;

-- The volunteer answers a proposal from their own province (logged in): the caller names its own volunteer, and the
-- proposal must be about them and still open. Returns the new status, or null when nothing changed.
create function answer_volunteer_match(p_request_tenant varchar, p_match uuid, p_volunteer uuid, p_accept boolean)
    returns varchar
    language plpgsql security definer set search_path = public as $$
declare
    caller varchar := nullif(current_setting('app.tenant_id', true), '');
    answer varchar := case when p_accept then 'ACCEPTED' else 'DECLINED' end;
    done   varchar;
begin
    update volunteer_match m
       set status = case when m.expires_at <= now() then 'EXPIRED' else answer end,
           answered_at = now(), version = m.version + 1
     where m.tenant_id = p_request_tenant and m.id = p_match and m.volunteer_tenant = caller
       and m.volunteer_id = p_volunteer and m.status = 'PROPOSED'
    returning m.status into done;
    return done;
end;
$$;
create policy volunteer_match_answerer on volunteer_match for update to current_user using (true) with check (true);

-- The volunteer answers by the link in their mail, without a login: the link names the asking province (bound as the
-- tenant) and carries a secret whose SHA-256 is token_hash. Returns the proposal and its status after the answer, and
-- whether this call changed it (a second use changes nothing); no row for a link that is not the province's.
create function answer_volunteer_match_by_link(p_token_hash varchar, p_accept boolean)
    returns table (match_id uuid, status varchar, changed boolean)
    language plpgsql security definer set search_path = public as $$
declare
    caller varchar := nullif(current_setting('app.tenant_id', true), '');
begin
    return query
    with answered as (
        update volunteer_match m
           set status = case when m.expires_at <= now() then 'EXPIRED'
                             when p_accept then 'ACCEPTED' else 'DECLINED' end,
               answered_at = now(), version = m.version + 1
         where m.tenant_id = caller and m.token_hash = p_token_hash and m.status = 'PROPOSED'
        returning m.id, m.status)
    select a.id, a.status::varchar, true from answered a
    union all
    select m.id, m.status::varchar, false from volunteer_match m
     where m.tenant_id = caller and m.token_hash = p_token_hash and not exists (select 1 from answered);
end;
$$;

revoke all on function volunteer_suggestions(uuid, integer) from public;
revoke all on function volunteer_proposable(varchar, uuid) from public;
revoke all on function record_volunteer_match_mail(uuid, varchar, varchar, varchar, varchar, text, text) from public;
revoke all on function accepted_volunteer_contact(uuid) from public;
revoke all on function volunteer_match_request(varchar, uuid) from public;
revoke all on function answer_volunteer_match(varchar, uuid, uuid, boolean) from public;
revoke all on function answer_volunteer_match_by_link(varchar, boolean) from public;
grant execute on function volunteer_suggestions(uuid, integer) to ${app_role};
grant execute on function volunteer_proposable(varchar, uuid) to ${app_role};
grant execute on function record_volunteer_match_mail(uuid, varchar, varchar, varchar, varchar, text, text)
    to ${app_role};
grant execute on function accepted_volunteer_contact(uuid) to ${app_role};
grant execute on function volunteer_match_request(varchar, uuid) to ${app_role};
grant execute on function answer_volunteer_match(varchar, uuid, uuid, boolean) to ${app_role};
grant execute on function answer_volunteer_match_by_link(varchar, boolean) to ${app_role};

grant select, insert, update, delete on volunteer to ${app_role};
grant select, insert, update, delete on volunteer_contact to ${app_role};
grant select, insert, update, delete on help_request to ${app_role};
grant select, insert on volunteer_match to ${app_role};
grant update (contacts_sent_at) on volunteer_match to ${app_role};

-- The answer page (/vraag-en-aanbod/antwoord/…) is a top-level path of its own: no tenant may be called like it (the
-- list of V26, the same as ReservedTenantCodes in Java).
alter table tenant drop constraint tenant_code_not_a_path;
alter table tenant add constraint tenant_code_not_a_path check (code not in (
    'account', 'accounts', 'admin', 'afmelden', 'api', 'error', 'health', 'index', 'invitation', 'invitations', 'login',
    'logout', 'me', 'metrics', 'national', 'openapi', 'password', 'password-reset', 'ping', 'platform', 'portal',
    'public', 'regio', 'resources', 'root', 'system', 'templates', 'tenants', 'v1', 'vraag-en-aanbod', 'www'));
