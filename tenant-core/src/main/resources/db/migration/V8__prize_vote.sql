-- The Dorpskrachtprijs: an ALV of a tenant holds one prize round; the tenant's member organisations nominate local
-- initiatives (one nomination per organisation per round) and vote (one vote per organisation per round). Every row
-- belongs to the tenant of the ALV: a guest tenant that sees a shared ALV cannot nominate or vote there, because its
-- rows would carry its own tenant_id and no event of its own has that id.

create table prize_round (
    tenant_id    varchar(32)  not null references tenant (code),
    event_id     uuid         not null,
    title        varchar(200) not null default 'Dorpskrachtprijs',
    phase        varchar(10)  not null default 'NOMINATING'
                              check (phase in ('NOMINATING', 'VOTING', 'CLOSED', 'PUBLISHED')),
    opened_at    timestamptz  not null default now(),
    voting_at    timestamptz,
    closed_at    timestamptz,
    published_at timestamptz,
    version      bigint       not null default 1,
    primary key (tenant_id, event_id),
    foreign key (tenant_id, event_id) references event (tenant_id, id)
);

create table prize_nomination (
    tenant_id           varchar(32)  not null,
    id                  uuid         not null,
    event_id            uuid         not null,
    nominated_by_member uuid         not null,
    initiative          varchar(200) not null check (length(btrim(initiative)) > 0),
    village             varchar(100) not null check (length(btrim(village)) > 0),
    description         varchar(2000),
    created_at          timestamptz  not null default now(),
    created_by_contact  uuid,
    primary key (tenant_id, id),
    -- a vote names its nomination together with the round, so it cannot point into another round
    constraint prize_nomination_in_round unique (tenant_id, event_id, id),
    foreign key (tenant_id, event_id) references prize_round (tenant_id, event_id),
    foreign key (tenant_id, nominated_by_member) references member_organisation (tenant_id, id),
    foreign key (tenant_id, created_by_contact) references contact_person (tenant_id, id)
);
create unique index prize_nomination_one_per_member on prize_nomination (tenant_id, event_id, nominated_by_member);

-- The primary key is the rule "one vote per member organisation per round": the database holds it, also when two
-- contact persons of one organisation vote at the same moment.
create table prize_vote (
    tenant_id        varchar(32) not null,
    event_id         uuid        not null,
    member_id        uuid        not null,
    nomination_id    uuid        not null,
    voted_by_contact uuid        not null,
    voted_at         timestamptz not null default now(),
    constraint prize_vote_one_per_member primary key (tenant_id, event_id, member_id),
    foreign key (tenant_id, event_id) references prize_round (tenant_id, event_id),
    foreign key (tenant_id, event_id, nomination_id) references prize_nomination (tenant_id, event_id, id),
    foreign key (tenant_id, member_id) references member_organisation (tenant_id, id),
    foreign key (tenant_id, voted_by_contact) references contact_person (tenant_id, id)
);
create index prize_vote_by_nomination on prize_vote (tenant_id, event_id, nomination_id);

alter table prize_round enable row level security;
alter table prize_round force row level security;
create policy prize_round_tenant on prize_round
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table prize_nomination enable row level security;
alter table prize_nomination force row level security;
create policy prize_nomination_tenant on prize_nomination
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table prize_vote enable row level security;
alter table prize_vote force row level security;
create policy prize_vote_tenant on prize_vote
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

-- A cast vote and a nomination are never changed or withdrawn by the application.
grant select, insert, update on prize_round to ${app_role};
grant select, insert on prize_nomination to ${app_role};
grant select, insert on prize_vote to ${app_role};
