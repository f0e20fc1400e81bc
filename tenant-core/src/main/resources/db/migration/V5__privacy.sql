-- Erasing a person also erases what the audit log kept of them: the values in the before/after of their entries
-- become '(gewist)', while who did what when stays. The application role may not update the audit log itself; it
-- may call this function, which runs as the owner and is still held by the tenant's row-level security.
create function redact_audit_entries(p_entity_type varchar, p_entity_id varchar) returns integer
    language sql security definer set search_path = public as $$
    with redacted as (
        update audit_entry e
           set changes = (select coalesce(jsonb_object_agg(field.key,
                                  jsonb_build_object('before', case when field.value->'before' = 'null'::jsonb
                                                                    then 'null'::jsonb else '"(gewist)"'::jsonb end,
                                                     'after',  case when field.value->'after' = 'null'::jsonb
                                                                    then 'null'::jsonb else '"(gewist)"'::jsonb end)),
                                  '{}'::jsonb)::text
                            from jsonb_each(e.changes::jsonb) field)
         where e.tenant_id = current_setting('app.tenant_id', true)
           and e.entity_type = p_entity_type and e.entity_id = p_entity_id
        returning 1)
    select count(*)::integer from redacted;
$$;
revoke all on function redact_audit_entries(varchar, varchar) from public;
grant execute on function redact_audit_entries(varchar, varchar) to ${app_role};

create index audit_entry_by_entity on audit_entry (tenant_id, entity_type, entity_id);
