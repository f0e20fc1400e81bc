-- A tenant's code is the first segment of its API paths (/api/v1/{tenant}/…). Codes that are paths of their own would
-- make a tenant's URLs ambiguous with them, so no tenant may be called that.
alter table tenant add constraint tenant_code_not_a_path check (code not in ('national', 'me', 'tenants', 'ping'));
