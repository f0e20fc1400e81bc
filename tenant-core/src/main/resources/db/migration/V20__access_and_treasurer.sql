-- Access per tenant (issue 14): a treasurer role, and the association one works in, remembered per account.

-- TREASURER: contributions, invoices, mandates, the SEPA creditor and runs of one association; nothing else.
alter table account_grant drop constraint account_grant_role_check;
alter table account_grant add constraint account_grant_role_check
    check (role in ('PLATFORM_ADMIN', 'TENANT_ADMIN', 'NATIONAL_OFFICE', 'MEMBER_CONTACT', 'REGIONAL_AMBASSADOR',
                    'TREASURER'));
alter table invitation drop constraint invitation_role_check;
alter table invitation add constraint invitation_role_check
    check (role in ('PLATFORM_ADMIN', 'TENANT_ADMIN', 'NATIONAL_OFFICE', 'MEMBER_CONTACT', 'REGIONAL_AMBASSADOR',
                    'TREASURER'));

-- The association a person last chose to work in (the switcher in the page header), so the next login opens there.
-- A column of the platform table account, not tenant data: it names a tenant, not anything of the tenant, and it is
-- read before any tenant is bound (at login). It is no personal data beyond what the account's grants already say,
-- and it is only followed while the account still holds a grant in that tenant. A tenant that goes takes it along.
alter table account add column working_tenant varchar(32) references tenant (code) on delete set null;
