-- The member portal remembers per login whether it opens on the province's own content or the national content.
-- A setting of the platform identity, not tenant data: the same person sees the same choice in every province.
alter table account add column portal_scope varchar(16)
    check (portal_scope in ('LOCAL', 'NATIONAL'));
