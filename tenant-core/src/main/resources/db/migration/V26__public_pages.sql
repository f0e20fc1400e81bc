-- An association's public pages live at /{tenant} (e.g. /vkkl, /vkkl/nieuws), beside the application's own top-level
-- paths. A tenant code must therefore never be a top-level path of the pages either: the folders regio/ (ambassadors),
-- password/ (reset) and templates/ (page layouts), afmelden/ (the newsletters' unsubscribe link) and public (the
-- unauthenticated API, /api/v1/public/{tenant}/…) join the list. The same list is ReservedTenantCodes in Java; ReservedTenantCodesTest holds the two together, and
-- PublicPathsTest checks that every top-level folder and mapping of the deployment is on it.
alter table tenant drop constraint tenant_code_not_a_path;
alter table tenant add constraint tenant_code_not_a_path check (code not in (
    'account', 'accounts', 'admin', 'afmelden', 'api', 'error', 'health', 'index', 'invitation', 'invitations', 'login',
    'logout', 'me', 'metrics', 'national', 'openapi', 'password', 'password-reset', 'ping', 'platform', 'portal',
    'public', 'regio', 'resources', 'root', 'system', 'templates', 'tenants', 'v1', 'www'));
