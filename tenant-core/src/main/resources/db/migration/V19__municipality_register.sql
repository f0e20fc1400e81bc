-- The CBS municipality register (issue 14). Province and municipality are public reference data, the same for every
-- tenant: deliberate platform tables without tenant_id and without row security, since nobody's data is in them. The
-- application role only reads them; V19_1 loads their rows from municipalities/gemeenten-2025.csv, the file the
-- application matches names with.
create table province (
    code varchar(4)  primary key check (code ~ '^PV[0-9]{2}$'),
    name varchar(50) not null unique
);

create table municipality (
    cbs_code      varchar(6)   primary key check (cbs_code ~ '^GM[0-9]{4}$'),
    name          varchar(100) not null unique,
    province_code varchar(4)   not null references province (code)
);
create index municipality_by_province on municipality (province_code, name);

grant select on province to ${app_role};
grant select on municipality to ${app_role};

-- The province a tenant works in, as the register codes it: its councils are its campaign targets, its
-- municipalities come first in the member form. Null for a national tenant. (tenant.province, the name V10 added, is
-- kept for the seeding of older code paths; V19_1 fills this column from it.)
alter table tenant add column province_code varchar(4) references province (code);

-- A member organisation's municipality as a register code. The free text in member_organisation.municipality stays:
-- it is what was written, and for rows the register did not recognise (code null) the only thing known; the admin
-- sees those rows listed and chooses the municipality.
alter table member_organisation add column municipality_code varchar(6) references municipality (cbs_code);
create index member_organisation_by_municipality on member_organisation (tenant_id, municipality_code);

-- A council target names its municipality by code, and so does a co-signature (as the organisation's was when it
-- signed): letters match the two by code, so "Gem. Molenlanden" and "Molenlanden" are one council.
alter table campaign_target add column municipality_code varchar(6) references municipality (cbs_code);
alter table endorsement add column municipality_code varchar(6) references municipality (cbs_code);

create or replace view campaign_cosigner with (security_invoker = true) as
select e.host_tenant, e.campaign_id, e.tenant_id as home_tenant, e.member_id, e.organisation_name, e.municipality,
       e.signed_at, e.municipality_code
from endorsement e;
